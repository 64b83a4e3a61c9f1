package com.researchbridge.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn with HTML and CSS: one row per category, one bar per series, bars scaled to the
 * largest value, each with its number. The browser sets all text, so Kazakh and Chinese labels look like the
 * rest of the page and screen readers read every bar ("label, series: value").
 */
public class BarChart extends Composite<Div> {

    /** A category and its value in each series, in the order of the series. */
    public record Row(String label, List<Long> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public BarChart(String caption, List<String> series, List<Row> rows, Locale locale) {
        var chart = getContent();
        chart.addClassName("rb-bar-chart");
        chart.getElement().setAttribute("role", "figure");
        chart.getElement().setAttribute("aria-label", caption);
        if (series.size() > 1) {
            var legend = new Div();
            legend.addClassName("rb-bar-legend");
            for (int s = 0; s < series.size(); s++) {
                var key = new Span(series.get(s));
                key.addClassNames("rb-bar-key", "rb-bar-series-" + s);
                legend.add(key);
            }
            chart.add(legend);
        }
        long max = rows.stream().flatMap(r -> r.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        for (Row row : rows) {
            var label = new Div(row.label());
            label.addClassName("rb-bar-label");
            var bars = new Div();
            bars.addClassName("rb-bar-group");
            for (int s = 0; s < row.values().size(); s++) {
                long value = row.values().get(s);
                var bar = new Div();
                bar.addClassNames("rb-bar", "rb-bar-series-" + s);
                bar.getStyle().set("width", max == 0 ? "0" : String.format(Locale.ROOT, "%.2f%%", 100.0 * value / max));
                var number = new Span(LocalizedFormats.number(value, locale));
                number.addClassName("rb-bar-value");
                var line = new Div(bar, number);
                line.addClassName("rb-bar-line");
                line.getElement().setAttribute("aria-label", row.label()
                        + (series.size() > 1 ? ", " + series.get(s) : "") + ": " + LocalizedFormats.number(value, locale));
                bars.add(line);
            }
            chart.add(label, bars);
        }
    }
}
