package com.researchbridge.monitoring.ui;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.ui.LocalizedDatePicker;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.monitoring.Dashboard;
import com.researchbridge.monitoring.Dashboard.Step;
import com.researchbridge.monitoring.DashboardFiles;
import com.researchbridge.monitoring.DashboardTables;
import com.researchbridge.monitoring.ExportTable;
import com.researchbridge.monitoring.MonitoringFilter;
import com.researchbridge.project.OutputKind;
import com.researchbridge.researcher.ResearchArea;
import com.researchbridge.researcher.ResearchField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The monitoring dashboard shared by the administrator's and the research offices' pages: a filter bar, and for each
 * figure an ECharts chart, the same data as a table under it, and its CSV and Excel downloads. The page gives the
 * loader (which calls the secured service for the signed-in user); the downloads write what the page holds, so they
 * show exactly what the page shows.
 */
class MonitoringPanel extends VerticalLayout {

    /** What the panel shows on top of the charts (the office's own lists), rebuilt with every filter. */
    interface Extra {
        List<Component> components(MonitoringPanel panel);

        List<ExportTable> tables();
    }

    private final Function<MonitoringFilter, Dashboard> loader;
    private final Supplier<Extra> extra;
    private final InstitutionService institutions;
    private final Locale locale;
    private final DashboardTables tables;
    private final Map<Long, InstitutionSummary> institutionCache = new LinkedHashMap<>();

    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<String> field = new ComboBox<>();
    private final ComboBox<Country> country = new ComboBox<>();
    private final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    private final Span error = new Span();
    private final Div content = new Div();

    MonitoringPanel(Function<MonitoringFilter, Dashboard> loader, Supplier<Extra> extra, InstitutionService institutions,
                    boolean wholeSite) {
        this.loader = loader;
        this.extra = extra;
        this.institutions = institutions;
        this.locale = getLocale();
        this.tables = new DashboardTables(this::getTranslation, this::institutionName);
        setPadding(false);
        addClassName("rb-monitoring");

        from = LocalizedDatePicker.create(getTranslation("monitoring.filter.from"), this, locale);
        from.setId("monitoring-from");
        to = LocalizedDatePicker.create(getTranslation("monitoring.filter.to"), this, locale);
        to.setId("monitoring-to");
        field.setLabel(getTranslation("monitoring.filter.field"));
        field.setId("monitoring-field");
        var codes = new ArrayList<String>();
        for (ResearchArea area : ResearchArea.values()) {
            codes.add(area.code());
            area.fields().forEach(f -> codes.add(f.code()));
        }
        field.setItems(codes);
        field.setItemLabelGenerator(code -> code.contains(".") ? "\u2003" + tables.fieldLabel(code)
                : getTranslation(Arrays.stream(ResearchArea.values()).filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow().translationKey()));
        field.setClearButtonVisible(true);
        field.setWidth("18em");
        var filters = new HorizontalLayout(from, to, field);
        if (wholeSite) {
            country.setLabel(getTranslation("monitoring.filter.country"));
            country.setId("monitoring-country");
            country.setItems(Country.values());
            country.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
            country.setClearButtonVisible(true);
            institution.setLabel(getTranslation("monitoring.filter.institution"));
            institution.setId("monitoring-institution");
            institution.setItemLabelGenerator(i -> i.displayName(locale));
            institution.setClearButtonVisible(true);
            institution.setWidth("22em");
            var all = new ArrayList<InstitutionSummary>();
            for (Country c : Country.values()) {
                all.addAll(institutions.listByCountry(c));
            }
            all.forEach(i -> institutionCache.put(i.id().value(), i));
            institution.setItems(all);
            country.addValueChangeListener(e -> institution.setItems(e.getValue() == null ? all
                    : all.stream().filter(i -> i.country() == e.getValue()).toList()));
            filters.add(country, institution);
        }
        var apply = new Button(getTranslation("monitoring.filter.apply"), e -> refresh());
        apply.setId("monitoring-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.add(apply);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("rb-monitoring-filters");
        error.setId("monitoring-filter-error");
        error.addClassName("rb-error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(filters, error, content);
        content.setWidthFull();
        refresh();
    }

    MonitoringFilter filter() {
        var inst = institution.getValue();
        return new MonitoringFilter(from.getValue(), to.getValue(), field.getValue(), country.getValue(),
                inst == null ? null : inst.id());
    }

    /** Reads the filter, asks the loader and redraws everything; a refused filter is explained and nothing is drawn. */
    void refresh() {
        Dashboard dashboard;
        try {
            dashboard = loader.apply(filter());
        } catch (MonitoringFilter.InvalidFilter refused) {
            error.setText(getTranslation(refused.translationKey()));
            error.setVisible(true);
            content.removeAll();
            return;
        }
        error.setVisible(false);
        content.removeAll();
        var extraPart = extra.get();
        var all = new ArrayList<ExportTable>(extraPart.tables());
        all.addAll(tables.all(dashboard));
        var workbook = download(DashboardFiles.xlsx(all), "researchbridge-monitoring.xlsx", DashboardFiles.XLSX_TYPE,
                getTranslation("monitoring.download.workbook"));
        workbook.setId("monitoring-workbook");
        content.add(workbook);
        extraPart.components(this).forEach(content::add);

        content.add(section(tables.steps(dashboard), new EChart("monitoring-steps-chart", stepsOption(dashboard), locale)));
        content.add(section(tables.outputs(dashboard), new EChart("monitoring-outputs-chart", outputsOption(dashboard), locale)));
        content.add(section(tables.funnel(dashboard.funnel()), new EChart("monitoring-funnel-chart", funnelOption(dashboard), locale)));
        content.add(section(tables.institutionFlows(dashboard), sankeyOrEmpty("monitoring-flows-chart", institutionLinks(dashboard))));
        content.add(section(tables.fieldFlows(dashboard), sankeyOrEmpty("monitoring-field-flows-chart", fieldLinks(dashboard))));
        content.add(section(tables.researchers(dashboard), new EChart("monitoring-researchers-chart", researchersOption(dashboard), locale)));
        content.add(section(tables.actionable(dashboard), null));
    }

    private String institutionName(InstitutionId id) {
        var known = institutionCache.computeIfAbsent(id.value(), k -> institutions.find(id).orElse(null));
        return known == null ? "#" + id.value() : known.displayName(locale);
    }

    /** A titled block: the chart (if any), the data table, and the table's two downloads. */
    Div section(ExportTable table, Component chart) {
        var block = new Div();
        block.setId(table.id());
        block.addClassName("rb-monitoring-section");
        block.add(new H3(table.title()));
        if (chart != null) {
            chart.getElement().setAttribute("aria-label", table.title());
            ((EChart) chart).setWidthFull();
            block.add(chart);
        }
        block.add(grid(table));
        var csv = download(DashboardFiles.csv(table), table.id() + ".csv", "text/csv", getTranslation("monitoring.download.csv"));
        csv.setId(table.id() + "-csv");
        var xlsx = download(DashboardFiles.xlsx(List.of(table)), table.id() + ".xlsx", DashboardFiles.XLSX_TYPE,
                getTranslation("monitoring.download.xlsx"));
        xlsx.setId(table.id() + "-xlsx");
        var links = new HorizontalLayout(csv, xlsx);
        links.addClassName("rb-monitoring-downloads");
        block.add(links);
        return block;
    }

    private Anchor download(byte[] bytes, String name, String type, String label) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length)), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    Component grid(ExportTable table) {
        if (table.rows().isEmpty()) {
            var none = new Paragraph(getTranslation("monitoring.noData"));
            none.addClassName("rb-muted");
            return none;
        }
        var grid = new Grid<List<Object>>();
        grid.setId(table.id() + "-table");
        for (int c = 0; c < table.header().size(); c++) {
            int column = c;
            grid.addColumn(row -> format(column < row.size() ? row.get(column) : null))
                    .setHeader(table.header().get(c)).setAutoWidth(true).setFlexGrow(c == 0 ? 1 : 0);
        }
        grid.setItems(table.rows());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(table.rows().size() <= 30);
        if (table.rows().size() > 30) {
            grid.setHeight("30em");
        }
        return grid;
    }

    private String format(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Long || value instanceof Integer) {
            return value instanceof Integer ? value.toString() : LocalizedFormats.number((Long) value, locale);
        }
        if (value instanceof Double d) {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(d);
        }
        return value.toString();
    }

    // ---- chart options: plain maps that become ECharts' JSON; every text is already translated ----

    private Map<String, Object> stacked(List<String> categories, Map<String, List<Long>> series) {
        var list = new ArrayList<Object>();
        series.forEach((name, data) -> list.add(Map.of("name", name, "type", "bar", "stack", "all", "data", data,
                "emphasis", Map.of("focus", "series"))));
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("type", "scroll", "top", 0),
                "grid", Map.of("left", 48, "right", 16, "top", 40, "bottom", 32),
                "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", list);
    }

    private Map<String, Object> stepsOption(Dashboard d) {
        var months = d.projectSteps().stream().map(m -> m.month()).distinct().sorted().toList();
        var series = new LinkedHashMap<String, List<Long>>();
        for (Step step : Step.values()) {
            series.put(getTranslation(step.translationKey()), months.stream().map(m -> d.projectSteps().stream()
                    .filter(c -> c.month().equals(m) && c.step() == step).mapToLong(c -> c.count()).sum()).toList());
        }
        return stacked(months.stream().map(Object::toString).toList(), series);
    }

    private Map<String, Object> outputsOption(Dashboard d) {
        var years = d.outputs().stream().map(y -> y.year()).distinct().sorted().toList();
        var series = new LinkedHashMap<String, List<Long>>();
        for (OutputKind kind : OutputKind.values()) {
            var data = years.stream().map(y -> d.outputs().stream().filter(c -> c.year() == y && c.kind() == kind)
                    .mapToLong(c -> c.count()).sum()).toList();
            if (data.stream().anyMatch(v -> v > 0)) {
                series.put(getTranslation(kind.translationKey()), data);
            }
        }
        return stacked(years.stream().map(String::valueOf).toList(), series);
    }

    private Map<String, Object> funnelOption(Dashboard d) {
        var data = new ArrayList<Object>();
        for (var stage : DashboardTables.stages(d.funnel())) {
            if (stage.key().endsWith("dismissed")
                    || (d.funnel().proposals() == 0 && stage.key().matches(".*(proposals|takenUp)"))) {
                continue; // a side exit, or a matcher that proposed nothing yet: in the table only
            }
            String label = getTranslation(stage.key()) + ": " + LocalizedFormats.number(stage.count(), locale)
                    + (stage.conversion() == null ? "" : " (" + format(stage.conversion()) + " %)");
            data.add(Map.of("name", label, "value", stage.count()));
        }
        return Map.of(
                "tooltip", Map.of("trigger", "item", "formatter", "{b}"),
                "series", List.of(Map.of("type", "funnel", "sort", "none", "gap", 2, "left", "10%", "width", "80%",
                        "minSize", "8%", "label", Map.of("position", "inside", "formatter", "{b}", "color", "#fff",
                                "textBorderColor", "#1a2733", "textBorderWidth", 2),
                        "data", data)));
    }

    /** A Sankey link between two labelled nodes; the right-hand names get an invisible mark so that they never clash. */
    private record Link(String source, String target, long value) {
    }

    private List<Link> institutionLinks(Dashboard d) {
        return d.institutionFlows().stream().map(f -> new Link(institutionName(f.kz()), institutionName(f.cn()) + "\u200B",
                f.projects())).toList();
    }

    private List<Link> fieldLinks(Dashboard d) {
        // Chart by area (six a side) unless the filter narrows to one area; the table keeps every field.
        boolean byField = d.filter().field() != null;
        var merged = new LinkedHashMap<List<String>, Long>();
        for (var f : d.fieldFlows()) {
            merged.merge(List.of(label(f.kzField(), byField), label(f.cnField(), byField) + "\u200B"), f.projects(), Long::sum);
        }
        return merged.entrySet().stream().map(e -> new Link(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    private String label(String code, boolean byField) {
        var known = ResearchField.fromCode(code == null ? "" : code);
        if (known.isEmpty()) {
            return getTranslation("monitoring.noField");
        }
        return byField ? getTranslation(known.get().translationKey()) : getTranslation(known.get().area().translationKey());
    }

    private Component sankeyOrEmpty(String id, List<Link> links) {
        var nodes = new LinkedHashSet<String>();
        links.forEach(l -> {
            nodes.add(l.source());
            nodes.add(l.target());
        });
        var option = Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series", List.of(obj("type", "sankey", "left", 8, "right", 8, "top", 8, "bottom", 8,
                        "nodeAlign", "justify", "emphasis", Map.of("focus", "adjacency"),
                        "lineStyle", Map.of("color", "gradient", "curveness", 0.5),
                        "label", Map.of("fontSize", 11),
                        // Kazakh side on the left with labels right of the bar; Chinese side's labels left of it.
                        "data", nodes.stream().map(n -> n.endsWith("\u200B")
                                ? Map.of("name", n, "label", Map.of("position", "left"))
                                : Map.<String, Object>of("name", n)).toList(),
                        "links", links.stream().map(l -> Map.of("source", l.source(), "target", l.target(),
                                "value", l.value())).toList())));
        var chart = new EChart(id, option, locale);
        chart.setHeight(Math.max(240, Math.min(900, nodes.size() * 18)) + "px");
        return chart;
    }

    /** A JSON object from alternating keys and values, in that order. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Map<String, Object> researchersOption(Dashboard d) {
        var areas = Arrays.asList(ResearchArea.values());
        var series = new LinkedHashMap<String, List<Long>>();
        for (Country c : Country.values()) {
            series.put(getTranslation(c.translationKey()), areas.stream().map(a -> d.researchers().stream()
                    .filter(r -> r.country() == c && r.field() != null && r.field().startsWith(a.code() + "."))
                    .mapToLong(r -> r.researchers()).sum()).toList());
        }
        var option = new LinkedHashMap<>(stacked(areas.stream().map(a -> getTranslation(a.translationKey())).toList(), series));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", areas.stream().map(a -> getTranslation(a.translationKey())).toList()));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 24, "containLabel", true));
        return option;
    }
}
