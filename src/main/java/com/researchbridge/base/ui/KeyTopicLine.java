package com.researchbridge.base.ui;

import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.KeyTopicReader.KeyTopic;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * "Key topics: inverse problems · parabolic equations · heat transfer" in the reader's language; a label the
 * vocabulary lacks in that language is shown in English, marked as such. Without any recognised concept the
 * line says so, so that a reader knows the page could not bridge this text.
 */
public class KeyTopicLine extends Paragraph {

    public KeyTopicLine(List<KeyTopic> topics) {
        addClassName("rb-key-topics");
        add(new Span(getTranslation("keyTopics.label") + " "));
        if (topics.isEmpty()) {
            var none = new Span(getTranslation("keyTopics.none"));
            none.addClassName("rb-muted");
            add(none);
            return;
        }
        boolean first = true;
        for (KeyTopic topic : topics) {
            if (!first) {
                add(new Span(" · "));
            }
            first = false;
            var label = new Span(topic.label());
            label.addClassName("rb-key-topic");
            if (topic.inEnglish()) {
                label.getElement().setAttribute("lang", "en");
                label.getElement().setAttribute("title", getTranslation("keyTopics.inEnglish.hint"));
                var marker = new Span(" (" + getTranslation("keyTopics.inEnglish") + ")");
                marker.addClassName("rb-muted");
                label.add(marker);
            }
            add(label);
        }
    }

    /** The line for texts, read by the given reader, with the usual number of topics. */
    public static KeyTopicLine of(KeyTopicReader reader, List<KeyTopicReader.Source> texts, java.util.Locale locale) {
        return new KeyTopicLine(reader.keyTopics(texts, com.researchbridge.base.UiLanguage.of(locale), KeyTopicReader.SHOWN));
    }
}
