package com.researchbridge.base;

import java.util.List;
import java.util.Optional;

/**
 * Reads texts across the language barrier: the research concepts a text mentions, labelled in the reader's UI
 * language, and glosses of single keywords. The matching module implements it (it owns the vocabulary and the
 * analysis); pages of other modules depend on this interface, not on matching, which depends on them.
 */
public interface KeyTopicReader {

    /** Key topics shown on a page: a line of labels, strongest first. */
    int SHOWN = 6;

    /**
     * A concept as the reader sees it.
     *
     * @param conceptId the vocabulary's id of the concept
     * @param label the concept's preferred label in the reader's language, or its English label
     * @param inEnglish whether the label is English because the vocabulary has none in the reader's language
     */
    record KeyTopic(String conceptId, String label, boolean inEnglish) {
    }

    /**
     * One piece of text to read: a summary version, a publication title, a plan.
     *
     * @param language the language it is written in ({@code en}, {@code ru}, {@code kk}, {@code zh}), or
     *                 {@code null} to guess (each script's part in its own language)
     * @param keywords keywords that go with the text (they weigh more)
     */
    record Source(String language, String text, List<String> keywords) {

        public Source {
            text = text == null ? "" : text;
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }

        public static Source of(String language, String text) {
            return new Source(language, text, List.of());
        }
    }

    /** The concepts the texts mention together, strongest first, at most {@code limit}. */
    List<KeyTopic> keyTopics(List<Source> texts, UiLanguage reader, int limit);

    /**
     * A keyword in the reader's language, when the vocabulary knows it and the reader's label differs from the
     * keyword as written; empty otherwise (the keyword stays as written).
     */
    Optional<KeyTopic> gloss(String keyword, String language, UiLanguage reader);
}
