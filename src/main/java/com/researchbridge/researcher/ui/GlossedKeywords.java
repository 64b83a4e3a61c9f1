package com.researchbridge.researcher.ui;

import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.UiLanguage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Keyword chips as written, each with its translation into the reader's language underneath when the
 * vocabulary knows it (and on hover); unknown keywords stay as written.
 */
class GlossedKeywords extends Div {

    GlossedKeywords(List<String> keywords, String language, KeyTopicReader reader, UiLanguage readerLanguage) {
        addClassName("rb-reasons");
        addClassName("rb-glossed-keywords");
        for (String keyword : keywords) {
            var chip = new Span(new Span(keyword));
            chip.getElement().getThemeList().add("badge");
            chip.addClassName("rb-keyword");
            if (language != null) {
                chip.getElement().setAttribute("lang", language);
            }
            reader.gloss(keyword, language, readerLanguage).ifPresent(gloss -> {
                var translation = new Span(gloss.label() + (gloss.inEnglish() ? " (" + getTranslation("keyTopics.inEnglish") + ")" : ""));
                translation.addClassName("rb-keyword-gloss");
                translation.getElement().setAttribute("lang", gloss.inEnglish() ? "en" : readerLanguage.code());
                chip.add(translation);
                chip.getElement().setAttribute("title", gloss.label());
            });
            add(chip);
        }
    }
}
