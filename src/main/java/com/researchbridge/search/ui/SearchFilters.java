package com.researchbridge.search.ui;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.SpokenLanguage;
import com.researchbridge.search.SearchFilter;
import com.researchbridge.search.SearchRequest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search box and the filters of partner search; tells when any of them changes. */
class SearchFilters extends VerticalLayout {

    private final TextField text = new TextField();
    private final Select<Country> country = new Select<>();
    private final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    private final ComboBox<String> city = new ComboBox<>();
    private final ComboBox<ResearchField> field = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final ComboBox<String> language = new ComboBox<>();
    private final List<InstitutionSummary> allInstitutions = new ArrayList<>();

    SearchFilters(InstitutionService institutions, Runnable onChange) {
        for (Country c : Country.values()) {
            allInstitutions.addAll(institutions.listByCountry(c));
        }
        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setAriaLabel(getTranslation("search.placeholder"));
        text.setWidthFull();
        text.setMaxWidth("48em");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        country.setId("search-country");
        country.setLabel(getTranslation("field.country"));
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("filter.all"));
        country.setItems(Country.values());
        country.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : getTranslation(c.translationKey()));
        institution.setId("search-institution");
        institution.setLabel(getTranslation("field.institution"));
        institution.setClearButtonVisible(true);
        institution.setItemLabelGenerator(i -> i.displayName(getLocale()));
        institution.setWidth("18em");
        country.setWidth("10em");
        city.setWidth("11em");
        field.setWidth("15em");
        city.setId("search-city");
        city.setLabel(getTranslation("field.city"));
        city.setClearButtonVisible(true);
        field.setId("search-field");
        field.setLabel(getTranslation("field.researchField"));
        field.setClearButtonVisible(true);
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> f.twoLevelLabel(this::getTranslation));
        language.setId("search-language");
        language.setLabel(getTranslation("search.language"));
        language.setHelperText(getTranslation("search.language.help"));
        language.setClearButtonVisible(true);
        language.setItems(SpokenLanguage.CODES);
        language.setItemLabelGenerator(code -> getTranslation(SpokenLanguage.translationKey(code)));
        language.setWidth("11em");
        openOnly.setId("search-open");
        openOnly.setLabel(getTranslation("search.openOnly"));
        showChoicesOf(null);

        country.addValueChangeListener(e -> {
            showChoicesOf(e.getValue());
            onChange.run();
        });
        text.addValueChangeListener(e -> onChange.run());
        institution.addValueChangeListener(e -> onChange.run());
        city.addValueChangeListener(e -> onChange.run());
        field.addValueChangeListener(e -> onChange.run());
        openOnly.addValueChangeListener(e -> onChange.run());
        language.addValueChangeListener(e -> onChange.run());
        var filters = new HorizontalLayout(country, institution, city, field, language, openOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(text, filters);
        setPadding(false);
        setSpacing(false);
    }

    /** Institutions and cities of the chosen country (all when none), named in the reader's language. */
    private void showChoicesOf(Country chosen) {
        var shown = allInstitutions.stream().filter(i -> chosen == null || i.country() == chosen)
                .sorted(Comparator.comparing((InstitutionSummary i) -> i.displayName(getLocale()))).toList();
        var keptInstitution = institution.getValue();
        institution.setItems(shown);
        if (keptInstitution != null && shown.contains(keptInstitution)) {
            institution.setValue(keptInstitution);
        }
        Map<String, String> cities = new LinkedHashMap<>();
        shown.stream().sorted(Comparator.comparing((InstitutionSummary i) -> i.displayCity(getLocale())))
                .forEach(i -> cities.putIfAbsent(i.cityEn(), i.displayCity(getLocale())));
        var keptCity = city.getValue();
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(key -> cities.getOrDefault(key, key));
        if (keptCity != null && cities.containsKey(keptCity)) {
            city.setValue(keptCity);
        }
    }

    SearchRequest request() {
        return SearchRequest.of(text.getValue())
                .with(SearchFilter.COUNTRY, country.getValue())
                .with(SearchFilter.INSTITUTION, institution.getValue() == null ? null : institution.getValue().id())
                .with(SearchFilter.CITY, city.getValue())
                .with(SearchFilter.FIELD, field.getValue())
                .with(SearchFilter.LANGUAGE, language.getValue())
                .with(SearchFilter.OPEN, openOnly.getValue());
    }
}
