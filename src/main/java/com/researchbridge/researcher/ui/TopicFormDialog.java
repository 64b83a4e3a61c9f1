package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.ProfileTextSupport;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.topic.TopicForm;
import com.researchbridge.researcher.topic.TopicKind;
import com.researchbridge.researcher.topic.TopicRejected;
import com.researchbridge.researcher.topic.TopicService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.researchbridge.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Posting a collaboration topic: title, description in the researcher's language, kind, field, keywords, closing date. */
class TopicFormDialog extends Dialog {

    /** Creates dialogs with their services (dialogs are not Spring beans). */
    @Component
    static class Factory {
        private final TopicService topics;
        private final ProfileTextSupport textSupport;
        private final com.researchbridge.base.KeyTopicReader keyTopics;
        private final com.researchbridge.security.CurrentUser currentUser;

        Factory(TopicService topics, ProfileTextSupport textSupport, com.researchbridge.base.KeyTopicReader keyTopics,
                com.researchbridge.security.CurrentUser currentUser) {
            this.topics = topics;
            this.textSupport = textSupport;
            this.keyTopics = keyTopics;
            this.currentUser = currentUser;
        }

        TopicFormDialog create(Runnable onPosted) {
            var dialog = new TopicFormDialog(topics, textSupport, onPosted);
            var author = currentUser.get().map(com.researchbridge.security.AccountSummary::country).orElse(null);
            dialog.previewForOtherSide(new OtherSidePreview(keyTopics), author);
            return dialog;
        }
    }

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<String> language = new Select<>();
    private final Select<TopicKind> kind = new Select<>();
    private final ComboBox<ResearchField> field = new ComboBox<>();
    private final KeywordField keywords;
    private final DatePicker closesOn = LocalizedDatePicker.create("", this, getLocale());

    /**
     * Below the form, what the other side will see of a topic written without English, updated as the author
     * writes.
     */
    void previewForOtherSide(OtherSidePreview preview, com.researchbridge.base.Country author) {
        preview.setId("topic-other-side");
        Runnable update = () -> preview.show(author, List.of(com.researchbridge.base.KeyTopicReader.Source.of(null, title.getValue()),
                new com.researchbridge.base.KeyTopicReader.Source(language.getValue(), description.getValue(), keywords.getValueAsList())),
                "en".equals(language.getValue()));
        description.addValueChangeListener(e -> update.run());
        language.addValueChangeListener(e -> update.run());
        keywords.addValueChangeListener(e -> update.run());
        add(preview);
    }

    TopicFormDialog(TopicService topics, ProfileTextSupport textSupport, Runnable onPosted) {
        setHeaderTitle(getTranslation("topic.post"));
        keywords = new KeywordField(textSupport, language::getValue);
        title.setLabel(getTranslation("topic.title"));
        title.setId("topic-title");
        description.setLabel(getTranslation("topic.description"));
        description.setId("topic-description");
        description.setValueChangeMode(ValueChangeMode.ON_BLUR);
        description.addValueChangeListener(e -> textSupport.detectLanguage(e.getValue()).ifPresent(language::setValue));
        language.setLabel(getTranslation("profile.summaryLanguage"));
        language.setItems("kk", "ru", "zh", "en");
        language.setItemLabelGenerator(code -> getTranslation("profile.language." + code));
        kind.setLabel(getTranslation("topic.kind"));
        kind.setId("topic-kind");
        kind.setItems(TopicKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        field.setLabel(getTranslation("field.researchField"));
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> f.twoLevelLabel(this::getTranslation));
        keywords.setLabel(getTranslation("field.keywords"));
        closesOn.setLabel(getTranslation("topic.closesOn"));
        var form = new FormLayout(title, kind, description, language, field, keywords, closesOn);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(keywords, 2);
        add(form);
        setWidth("48em");

        var post = new Button(getTranslation("topic.post"), e -> {
            List.<HasValidation>of(title, description, language, kind, keywords, closesOn).forEach(f -> f.setInvalid(false));
            try {
                topics.post(new TopicForm(title.getValue(), description.getValue(), language.getValue(), kind.getValue(),
                        field.getValue(), keywords.getValueAsList(), closesOn.getValue()));
                close();
                onPosted.run();
            } catch (TopicRejected rejected) {
                Map<TopicRejected.Field, HasValidation> fields = Map.of(TopicRejected.Field.TITLE, title,
                        TopicRejected.Field.DESCRIPTION, description, TopicRejected.Field.LANGUAGE, language,
                        TopicRejected.Field.KIND, kind, TopicRejected.Field.KEYWORDS, keywords,
                        TopicRejected.Field.CLOSES_ON, closesOn);
                rejected.problems().forEach(p -> {
                    fields.get(p.field()).setErrorMessage(getTranslation(p.messageKey()));
                    fields.get(p.field()).setInvalid(true);
                });
            }
        });
        post.setId("topic-submit");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), post);
    }
}
