package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.LanguageLevel;
import com.researchbridge.researcher.SpokenLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/** The languages a researcher can work in, each with a level; rows are added and removed as needed. */
class SpokenLanguagesField extends CustomField<List<SpokenLanguage>> {

    private static final int MAX_LANGUAGES = 10;

    private final FlexLayout rows = new FlexLayout();
    private final Button add = new Button();
    private final List<Row> entries = new ArrayList<>();

    SpokenLanguagesField() {
        rows.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rows.getStyle().set("gap", "var(--lumo-space-m)");
        add.setText(getTranslation("profile.spokenLanguages.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("spoken-language-add");
        add.addClickListener(e -> {
            addRow(new SpokenLanguage(null, LanguageLevel.WORKING));
            updateValue();
        });
        add(rows, add);
    }

    @Override
    protected List<SpokenLanguage> generateModelValue() {
        return entries.stream().filter(r -> r.language.getValue() != null)
                .map(r -> new SpokenLanguage(r.language.getValue(), r.level.getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<SpokenLanguage> value) {
        entries.clear();
        rows.removeAll();
        (value == null ? List.<SpokenLanguage>of() : value).forEach(this::addRow);
        add.setEnabled(entries.size() < MAX_LANGUAGES);
    }

    /** The row joins the list before its values are set, so the value changes they cause see every row. */
    private void addRow(SpokenLanguage spoken) {
        var row = new Row();
        entries.add(row);
        rows.add(row.layout);
        row.language.setValue(spoken.language());
        row.level.setValue(spoken.level());
        add.setEnabled(entries.size() < MAX_LANGUAGES);
    }

    /** One language, its level, and a button to remove it. */
    private final class Row {
        private final Select<String> language = new Select<>();
        private final Select<LanguageLevel> level = new Select<>();
        private final HorizontalLayout layout = new HorizontalLayout();

        Row() {
            language.setItems(SpokenLanguage.CODES);
            language.setItemLabelGenerator(code -> getTranslation(SpokenLanguage.translationKey(code)));
            language.setPlaceholder(getTranslation("profile.spokenLanguages.language"));
            language.setAriaLabel(getTranslation("profile.spokenLanguages.language"));
            language.setWidth("10em");
            level.setItems(LanguageLevel.values());
            level.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
            level.setAriaLabel(getTranslation("profile.spokenLanguages.level"));
            level.setWidth("11em");
            language.addValueChangeListener(e -> updateValue());
            level.addValueChangeListener(e -> updateValue());
            layout.add(language, level, new RemoveRowButton(VaadinIcon.CLOSE_SMALL, "profile.spokenLanguages.remove", () -> {
                entries.remove(this);
                rows.remove(layout);
                add.setEnabled(true);
                updateValue();
            }));
            layout.setSpacing(false);
            layout.getStyle().set("gap", "var(--lumo-space-xs)");
            layout.setAlignItems(FlexComponent.Alignment.CENTER);
        }
    }
}
