package com.researchbridge.institution.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The administrator's searchable list of institutions in both countries. */
@Route("admin/institutions")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 2, title = "nav.institutions", icon = "vaadin:academy-cap")
class InstitutionsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Select<Country> country = new Select<>();
    private final Grid<InstitutionSummary> grid = new Grid<>();

    InstitutionsView(InstitutionService institutions) {
        addClassName("rb-page");
        setSizeFull();
        search.setPlaceholder(getTranslation("action.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        country.setLabel(getTranslation("field.country"));
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("filter.all"));
        country.setItems(Country.values());
        country.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : getTranslation(c.translationKey()));

        grid.setEmptyStateText(getTranslation("grid.nothingYet"));

        grid.setId("institutions");
        grid.addColumn(i -> i.displayName(getLocale())).setHeader(getTranslation("field.name")).setFlexGrow(3);
        grid.addColumn(InstitutionSummary::nameNative).setHeader(getTranslation("field.nameNative")).setFlexGrow(2);
        grid.addColumn(i -> i.displayCity(getLocale())).setHeader(getTranslation("field.city"));
        grid.addColumn(i -> getTranslation(i.country().translationKey())).setHeader(getTranslation("field.country"));
        grid.addColumn(i -> getTranslation(i.researchInstitute() ? "institution.kind.INSTITUTE" : "institution.kind.UNIVERSITY"))
                .setHeader(getTranslation("field.kind"));
        grid.setItems(query -> institutions.search(country.getValue(), search.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("country", "nameEn"))).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(search, country);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.institutions")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.institutions") + " · " + getTranslation("app.name");
    }
}
