package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.ProfileTextSupport;
import com.researchbridge.researcher.SummaryVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The research summary in one or more language versions (e.g. Russian and English), the main one first. Each
 * version's language is detected as the researcher writes and stays correctable; a language the researcher
 * chose by hand is not overwritten by detection.
 */
class SummaryVersionsField extends CustomField<List<SummaryVersion>> {

    static final List<String> LANGUAGES = List.of("kk", "ru", "zh", "en");
    private static final int MAX_LENGTH = 10_000;

    private final ProfileTextSupport textSupport;
    private final VerticalLayout rows = new VerticalLayout();
    private final Button add = new Button();
    private final List<Row> versions = new ArrayList<>();

    SummaryVersionsField(ProfileTextSupport textSupport) {
        this.textSupport = textSupport;
        rows.setPadding(false);
        rows.setSpacing(true);
        add.setText(getTranslation("profile.summary.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("summary-add");
        add.addClickListener(e -> {
            addRow(new SummaryVersion(firstUnusedLanguage(), ""), false);
            updateValue();
        });
        add(rows, add);
    }

    @Override
    protected List<SummaryVersion> generateModelValue() {
        return versions.stream().map(r -> new SummaryVersion(r.language.getValue(), r.text.getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<SummaryVersion> value) {
        versions.clear();
        rows.removeAll();
        var shown = value == null || value.isEmpty() ? List.of(new SummaryVersion(null, "")) : value;
        shown.forEach(v -> addRow(v, v.language() != null));
        refreshControls();
    }

    /** The language of the main version (for keyword suggestions), or {@code null}. */
    String mainLanguage() {
        return versions.isEmpty() ? null : versions.getFirst().language.getValue();
    }

    /** The row joins the list before its values are set, so the value changes they cause see every row. */
    private void addRow(SummaryVersion version, boolean languageKnown) {
        var row = new Row(languageKnown);
        versions.add(row);
        rows.add(row.layout);
        row.language.setValue(version.language());
        row.text.setValue(version.text() == null ? "" : version.text());
        refreshControls();
    }

    private void refreshControls() {
        for (int i = 0; i < versions.size(); i++) {
            var row = versions.get(i);
            row.text.setLabel(getTranslation(i == 0 ? "profile.summary.main" : "profile.summary.other"));
            row.text.setHelperText(i == 0 ? getTranslation("profile.summary.help") : null);
            row.remove.setVisible(versions.size() > 1);
        }
        add.setEnabled(versions.size() < LANGUAGES.size());
    }

    private String firstUnusedLanguage() {
        var used = versions.stream().map(r -> r.language.getValue()).toList();
        return LANGUAGES.stream().filter(l -> !used.contains(l)).findFirst().orElse(null);
    }

    /** One version: its language, its text, and a button to remove it. */
    private final class Row {
        private final Select<String> language = new Select<>();
        private final TextArea text = new TextArea();
        private final Button remove;
        private final HorizontalLayout layout = new HorizontalLayout();
        private boolean chosenByHand;

        Row(boolean languageKnown) {
            this.chosenByHand = languageKnown;
            language.setLabel(getTranslation("profile.summaryLanguage"));
            language.setItems(LANGUAGES);
            language.setItemLabelGenerator(code -> getTranslation("profile.language." + code));
            language.setWidth("11em");
            language.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    chosenByHand = true;
                    language.setHelperText(null);
                }
                updateValue();
            });
            text.setMaxLength(MAX_LENGTH);
            text.setValueChangeMode(ValueChangeMode.ON_BLUR);
            text.setWidthFull();
            text.setMinHeight("8em");
            text.addValueChangeListener(e -> {
                if (!chosenByHand || language.getValue() == null) {
                    textSupport.detectLanguage(e.getValue()).ifPresent(detected -> {
                        language.setValue(detected);
                        language.setHelperText(getTranslation("profile.summary.detected"));
                    });
                }
                updateValue();
            });
            remove = new RemoveRowButton(VaadinIcon.TRASH, "profile.summary.remove", () -> {
                versions.remove(this);
                rows.remove(layout);
                refreshControls();
                updateValue();
            });
            layout.add(language, text, remove);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setFlexGrow(1, text);
        }
    }
}
