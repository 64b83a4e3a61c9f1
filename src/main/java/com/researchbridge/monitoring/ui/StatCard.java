package com.researchbridge.monitoring.ui;

import com.researchbridge.base.ui.LocalizedFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** One figure with its label, as the dashboards show their totals. */
final class StatCard {

    private StatCard() {
    }

    static Div of(long value, String label, Locale locale) {
        var number = new Div(LocalizedFormats.number(value, locale));
        number.addClassName("rb-stat-value");
        var text = new Span(label);
        text.addClassName("rb-stat-label");
        var card = new Div(number, text);
        card.addClassNames("rb-card", "rb-stat");
        return card;
    }
}
