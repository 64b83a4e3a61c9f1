package com.researchbridge.monitoring.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.monitoring.DashboardService;
import com.researchbridge.researcher.ResearchArea;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.researchbridge.base.ui.BarChart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The administrator's overview of both countries. */
@Route("admin")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 1, title = "nav.dashboard", icon = "vaadin:dashboard")
class AdminDashboardView extends VerticalLayout implements HasDynamicTitle {

    private record FieldRow(String labelKey, long kz, long cn) {
    }

    private static final int TOP_INSTITUTIONS = 10;

    AdminDashboardView(DashboardService dashboard) {
        addClassName("rb-page");
        add(new H2(getTranslation("dashboard.title")));
        var monitoring = new com.vaadin.flow.router.RouterLink(getTranslation("monitoring.link"), AdminMonitoringView.class);
        monitoring.setId("dashboard-monitoring-link");
        add(monitoring);
        for (Country country : Country.values()) {
            var figures = dashboard.figures(country);
            var row = new HorizontalLayout(
                    stat(figures.researchers(), "dashboard.researchers"),
                    stat(figures.institutions(), "dashboard.institutions"),
                    stat(figures.researchOffices(), "dashboard.offices"));
            row.addClassName("rb-cards");
            add(new H3(getTranslation(country.translationKey())), row);
        }
        var projects = dashboard.projects();
        var projectRow = new HorizontalLayout(
                stat(projects.preparing(), "dashboard.projects.preparing"),
                stat(projects.inReview(), "dashboard.projects.inReview"),
                stat(projects.going(), "dashboard.projects.going"),
                stat(projects.completed(), "dashboard.projects.completed"),
                stat(projects.stopped(), "dashboard.projects.stopped"));
        projectRow.addClassName("rb-cards");
        projectRow.setId("dashboard-projects");
        add(new H3(getTranslation("dashboard.projects")), projectRow);
        var institutionRows = dashboard.institutionsByProjects(TOP_INSTITUTIONS).stream()
                .map(e -> new BarChart.Row(e.getKey().displayName(getLocale()) + " · "
                        + getTranslation(e.getKey().country().translationKey()), List.of(e.getValue()))).toList();
        if (!institutionRows.isEmpty()) {
            var institutionChart = new BarChart(getTranslation("dashboard.projects.byInstitution"),
                    List.of(getTranslation("dashboard.projects.byInstitution")), institutionRows, getLocale());
            institutionChart.setId("dashboard-institutions");
            add(new H3(getTranslation("dashboard.projects.byInstitution")), institutionChart);
        }
        var outputRows = dashboard.outputsByKind().entrySet().stream()
                .map(e -> new BarChart.Row(getTranslation(e.getKey().translationKey()), List.of(e.getValue()))).toList();
        var outputChart = new BarChart(getTranslation("dashboard.outputs"), List.of(getTranslation("dashboard.outputs")),
                outputRows, getLocale());
        outputChart.setId("dashboard-outputs");
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = dashboard.outputsCsv(getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "researchbridge-outputs.csv", "text/csv", csv.length);
        }), getTranslation("dashboard.outputs.download"));
        download.setId("dashboard-outputs-download");
        download.getElement().setAttribute("download", true);
        add(new H3(getTranslation("dashboard.outputs")), outputChart, download);
        add(new H3(getTranslation("dashboard.byArea")), areaChart(dashboard.researchersByField()));
        add(new H3(getTranslation("dashboard.byField")), fieldGrid(dashboard.researchersByField()));
    }

    /** Researchers of each country per area of research (their main field's area). */
    private BarChart areaChart(Map<ResearchField, Map<Country, Long>> counts) {
        var rows = java.util.Arrays.stream(ResearchArea.values()).map(area -> new BarChart.Row(getTranslation(area.translationKey()),
                List.of(sum(counts, area, Country.KZ), sum(counts, area, Country.CN)))).toList();
        var chart = new BarChart(getTranslation("dashboard.byArea"),
                List.of(getTranslation(Country.KZ.translationKey()), getTranslation(Country.CN.translationKey())), rows, getLocale());
        chart.setId("dashboard-areas");
        return chart;
    }

    private static long sum(Map<ResearchField, Map<Country, Long>> counts, ResearchArea area, Country country) {
        return area.fields().stream().mapToLong(f -> counts.getOrDefault(f, Map.of()).getOrDefault(country, 0L)).sum();
    }

    /** Researchers per area of research and, under each area, per field (their main field). */
    private TreeGrid<FieldRow> fieldGrid(Map<ResearchField, Map<Country, Long>> counts) {
        var grid = new TreeGrid<FieldRow>();
        grid.setId("dashboard-fields");
        grid.addHierarchyColumn(r -> getTranslation(r.labelKey())).setHeader(getTranslation("field.researchField")).setFlexGrow(3);
        grid.addColumn(r -> LocalizedFormats.number(r.kz(), getLocale())).setHeader(getTranslation(Country.KZ.translationKey()));
        grid.addColumn(r -> LocalizedFormats.number(r.cn(), getLocale())).setHeader(getTranslation(Country.CN.translationKey()));
        var children = new java.util.LinkedHashMap<FieldRow, List<FieldRow>>();
        for (ResearchArea area : ResearchArea.values()) {
            var fields = area.fields().stream().map(f -> {
                var byCountry = counts.getOrDefault(f, Map.of());
                return new FieldRow(f.translationKey(), byCountry.getOrDefault(Country.KZ, 0L), byCountry.getOrDefault(Country.CN, 0L));
            }).toList();
            children.put(new FieldRow(area.translationKey(), fields.stream().mapToLong(FieldRow::kz).sum(),
                    fields.stream().mapToLong(FieldRow::cn).sum()), fields);
        }
        grid.setItems(List.copyOf(children.keySet()), row -> children.getOrDefault(row, List.of()));
        grid.expand(children.keySet());
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("900px");
        return grid;
    }

    private Div stat(long value, String labelKey) {
        return StatCard.of(value, getTranslation(labelKey), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
