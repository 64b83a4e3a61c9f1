package com.researchbridge.monitoring.ui;

import com.researchbridge.base.Country;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.monitoring.DashboardService;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;

/** The administrator's overview of both countries. */
@Route("admin")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 1, title = "nav.dashboard", icon = "vaadin:dashboard")
class AdminDashboardView extends VerticalLayout implements HasDynamicTitle {

    private record FieldRow(ResearchField field, long kz, long cn) {
    }

    AdminDashboardView(DashboardService dashboard) {
        addClassName("rb-page");
        add(new H2(getTranslation("dashboard.title")));
        for (Country country : Country.values()) {
            var figures = dashboard.figures(country);
            var row = new HorizontalLayout(
                    stat(figures.researchers(), "dashboard.researchers"),
                    stat(figures.institutions(), "dashboard.institutions"),
                    stat(figures.researchOffices(), "dashboard.offices"));
            row.addClassName("rb-cards");
            add(new H3(getTranslation(country.translationKey())), row);
        }
        add(new H3(getTranslation("dashboard.byField")), fieldGrid(dashboard.researchersByField()));
    }

    private Grid<FieldRow> fieldGrid(Map<ResearchField, Map<Country, Long>> counts) {
        var grid = new Grid<FieldRow>();
        grid.setId("dashboard-fields");
        grid.addColumn(r -> getTranslation(r.field().translationKey())).setHeader(getTranslation("field.researchField")).setFlexGrow(3);
        grid.addColumn(r -> LocalizedFormats.number(r.kz(), getLocale())).setHeader(getTranslation(Country.KZ.translationKey()));
        grid.addColumn(r -> LocalizedFormats.number(r.cn(), getLocale())).setHeader(getTranslation(Country.CN.translationKey()));
        grid.setItems(Arrays.stream(ResearchField.values()).map(f -> {
            var byCountry = counts.getOrDefault(f, Map.of());
            return new FieldRow(f, byCountry.getOrDefault(Country.KZ, 0L), byCountry.getOrDefault(Country.CN, 0L));
        }).toList());
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("900px");
        return grid;
    }

    private Div stat(long value, String labelKey) {
        var number = new Div(LocalizedFormats.number(value, getLocale()));
        number.addClassName("rb-stat-value");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("rb-stat-label");
        var card = new Div(number, label);
        card.addClassNames("rb-card", "rb-stat");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
