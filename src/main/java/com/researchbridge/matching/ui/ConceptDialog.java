package com.researchbridge.matching.ui;

import com.researchbridge.matching.VocabularyAdminService;
import com.researchbridge.matching.VocabularyAdminService.ConceptForm;
import com.researchbridge.matching.VocabularyAdminService.ConceptView;
import com.researchbridge.matching.VocabularyAdminService.EditRejected;
import com.researchbridge.matching.VocabularyAdminService.Status;
import com.researchbridge.researcher.ResearchField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Adds a concept, or changes, removes or reverts one; labels are written as "preferred | variant | …". */
class ConceptDialog extends Dialog {

    private final VocabularyAdminService vocabulary;
    private final boolean isNew;
    private final Runnable onChange;
    private final TextField id = new TextField();
    private final ComboBox<ResearchField> field = new ComboBox<>();
    private final TextField en = new TextField();
    private final TextField ru = new TextField();
    private final TextField kk = new TextField();
    private final TextField zh = new TextField();

    ConceptDialog(VocabularyAdminService vocabulary, ConceptView concept, Runnable onChange) {
        this.vocabulary = vocabulary;
        this.isNew = concept == null;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(isNew ? "vocabulary.add" : "vocabulary.edit"));
        setWidth("44em");
        id.setLabel(getTranslation("vocabulary.id"));
        id.setId("concept-id");
        id.setHelperText(getTranslation("vocabulary.id.help"));
        id.setReadOnly(!isNew);
        field.setLabel(getTranslation("field.researchField"));
        field.setId("concept-field");
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> f.twoLevelLabel(this::getTranslation));
        for (var entry : Map.of(en, "en", ru, "ru", kk, "kk", zh, "zh").entrySet()) {
            entry.getKey().setLabel(getTranslation("profile.language." + entry.getValue()));
            entry.getKey().setId("concept-" + entry.getValue());
            entry.getKey().setMaxLength(1000);
        }
        en.setHelperText(getTranslation("vocabulary.labels.help"));
        if (concept != null) {
            id.setValue(concept.id());
            field.setValue(concept.field());
            en.setValue(concept.en());
            ru.setValue(concept.ru());
            kk.setValue(concept.kk());
            zh.setValue(concept.zh());
        }
        var form = new FormLayout(id, field, en, ru, kk, zh);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("concept-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (concept != null && concept.status() != Status.REMOVED) {
            var remove = new Button(getTranslation("vocabulary.remove"), e -> act(() -> vocabulary.remove(concept.id()), "vocabulary.removed", "vocabulary.error.unknown"));
            remove.setId("concept-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAtIndex(0, remove);
        }
        if (concept != null && concept.inFiles() && concept.status() != Status.FILES) {
            var revert = new Button(getTranslation("vocabulary.revert"), e -> act(() -> vocabulary.revert(concept.id()), "vocabulary.reverted", "vocabulary.error.revert"));
            revert.setId("concept-revert");
            revert.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAtIndex(0, revert);
        }
    }

    private void save() {
        java.util.List.<HasValidation>of(id, field, en, ru, kk, zh).forEach(f -> f.setInvalid(false));
        try {
            vocabulary.save(new ConceptForm(id.getValue(), field.getValue(), en.getValue(), ru.getValue(), kk.getValue(),
                    zh.getValue(), isNew));
            done("vocabulary.saved");
        } catch (EditRejected rejected) {
            Map<EditRejected.Input, HasValidation> inputs = Map.of(EditRejected.Input.ID, id, EditRejected.Input.FIELD, field,
                    EditRejected.Input.EN, en, EditRejected.Input.RU, ru, EditRejected.Input.KK, kk, EditRejected.Input.ZH, zh);
            rejected.problems().forEach(p -> {
                inputs.get(p.input()).setErrorMessage(getTranslation(p.messageKey()));
                inputs.get(p.input()).setInvalid(true);
            });
        }
    }

    private void act(Runnable action, String doneKey, String refusedKey) {
        try {
            action.run();
            done(doneKey);
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation(refusedKey)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void done(String messageKey) {
        Notification.show(getTranslation(messageKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onChange.run();
        close();
    }
}
