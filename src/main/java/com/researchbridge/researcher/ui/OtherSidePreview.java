package com.researchbridge.researcher.ui;

import com.researchbridge.base.Country;
import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.ui.KeyTopicLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * What the other side will see of a text the author wrote without English: the key topics in the other
 * country's language (Chinese for a Kazakh author, Kazakh for a Chinese one), and a suggestion to add English.
 * Hidden while the text has an English version (or for authors of neither country).
 */
class OtherSidePreview extends Div {

    /** Fewer recognised concepts than this and the preview says the other side will learn little. */
    static final int ENOUGH_TOPICS = 3;

    private final KeyTopicReader keyTopics;

    OtherSidePreview(KeyTopicReader keyTopics) {
        this.keyTopics = keyTopics;
        addClassName("rb-other-side");
        setVisible(false);
    }

    /** Shows the preview for texts without English, or hides it. */
    void show(Country author, List<KeyTopicReader.Source> texts, boolean hasEnglish) {
        removeAll();
        var otherSide = readerOf(author);
        boolean anyText = texts.stream().anyMatch(t -> !t.text().isBlank() || !t.keywords().isEmpty());
        if (hasEnglish || otherSide == null || !anyText) {
            setVisible(false);
            return;
        }
        var topics = keyTopics.keyTopics(texts, otherSide, KeyTopicReader.SHOWN);
        var line = new KeyTopicLine(topics);
        line.addClassName("rb-other-side-topics");
        add(new Paragraph(getTranslation("reading.otherSide." + (author == Country.KZ ? "CN" : "KZ"))), line,
                new Paragraph(getTranslation(topics.size() < ENOUGH_TOPICS ? "reading.otherSide.fewTopics"
                        : "reading.otherSide.addEnglish")));
        setVisible(true);
    }

    /** Kazakh researchers are read by Chinese ones and the other way round. */
    static UiLanguage readerOf(Country author) {
        if (author == Country.KZ) {
            return UiLanguage.ZH;
        }
        return author == Country.CN ? UiLanguage.KK : null;
    }
}
