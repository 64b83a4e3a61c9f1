package com.researchbridge.matching.ui;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.matching.PartnerSearchService;
import com.researchbridge.matching.PartnerSearchService.SearchRequest;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Search for partners in any language, with filters, over a lazy result grid. */
@Route("search")
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
@Menu(order = 5, title = "nav.search", icon = "vaadin:search")
class PartnerSearchView extends VerticalLayout implements HasDynamicTitle {

    private final TextField text = new TextField();
    private final Select<Country> country = new Select<>();
    private final ComboBox<ResearchField> field = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final Grid<ProfileSummary> grid = new Grid<>();

    PartnerSearchView(PartnerSearchService search, InstitutionService institutions) {
        addClassName("rb-page");
        setSizeFull();
        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setWidth("28em");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        country.setLabel(getTranslation("field.country"));
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("filter.all"));
        country.setItems(Country.values());
        country.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : getTranslation(c.translationKey()));
        field.setLabel(getTranslation("field.researchField"));
        field.setClearButtonVisible(true);
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        openOnly.setLabel(getTranslation("search.openOnly"));
        count.setId("search-count");

        grid.setId("search-results");
        grid.addColumn(ProfileSummary::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(p -> institutions.find(p.institution()).map(i -> i.displayName(getLocale())).orElse(""))
                .setHeader(getTranslation("field.institution")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.country().translationKey())).setHeader(getTranslation("field.country")).setAutoWidth(true);
        grid.addColumn(p -> p.field() == null ? "" : getTranslation(p.field().translationKey())).setHeader(getTranslation("field.researchField"));
        grid.addColumn(p -> String.join(", ", p.keywords())).setHeader(getTranslation("field.keywords")).setFlexGrow(2);
        grid.setItems(query -> {
            var page = search.search(request(), query.getOffset(), query.getLimit());
            count.setText(getTranslation("search.count", page.total()));
            return page.profiles().stream();
        });
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(text, country, field, openOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.search")), filters, count, grid);
        setFlexGrow(1, grid);
    }

    private SearchRequest request() {
        return new SearchRequest(text.getValue(), country.getValue(), field.getValue(), openOnly.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search") + " · " + getTranslation("app.name");
    }
}
