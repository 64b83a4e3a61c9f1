package com.researchbridge.base.ui;

import com.vaadin.flow.component.html.Span;

/** A Lumo badge: a short label with an optional variant ("success", "error", "contrast"). */
public final class Badge {

    private Badge() {
    }

    public static Span of(String text, String variant) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (variant != null && !variant.isEmpty()) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }
}
