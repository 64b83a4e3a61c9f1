package com.researchbridge.researcher;

import java.util.List;

/** A profile edit refused as a whole; each problem names the field and a translation key. Nothing was stored. */
public class ProfileRejected extends RuntimeException {

    public enum Field { FULL_NAME_LATIN, POSITION, FIELDS, SUMMARIES, SPOKEN_LANGUAGES, KEYWORDS, ORCID, HOMEPAGE, VISIBILITY }

    public record Problem(Field field, String messageKey) {
    }

    private final transient List<Problem> problems;

    public ProfileRejected(List<Problem> problems) {
        super("Profile rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
