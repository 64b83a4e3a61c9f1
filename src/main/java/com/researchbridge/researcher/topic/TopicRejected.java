package com.researchbridge.researcher.topic;

import java.util.List;

/** A topic refused as a whole; each problem names a field and a translation key. Nothing was stored. */
public class TopicRejected extends RuntimeException {

    public enum Field { TITLE, DESCRIPTION, LANGUAGE, KIND, KEYWORDS, CLOSES_ON }

    public record Problem(Field field, String messageKey) {
    }

    private final transient List<Problem> problems;

    public TopicRejected(List<Problem> problems) {
        super("Topic rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
