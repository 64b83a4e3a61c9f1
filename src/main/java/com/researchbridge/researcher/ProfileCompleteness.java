package com.researchbridge.researcher;

import java.util.ArrayList;
import java.util.List;

/** How complete a profile is for matching, and what is missing (as translation keys). */
public record ProfileCompleteness(int percent, List<String> missing) {

    static final int ENOUGH_KEYWORDS = 3;

    public static ProfileCompleteness of(ProfileSummary p) {
        var missing = new ArrayList<String>();
        check(missing, p.positionTitle() != null, "profile.position");
        check(missing, p.field() != null, "field.researchField");
        check(missing, p.summary() != null && p.summary().length() >= 200, "profile.summary");
        // A summary written in English counts: the other side reads English either way.
        check(missing, p.summaryIn("en").isPresent(), "profile.summaryEn");
        check(missing, p.keywords().size() >= ENOUGH_KEYWORDS, "field.keywords");
        check(missing, !p.spokenLanguages().isEmpty(), "profile.spokenLanguages");
        check(missing, p.orcid() != null, "profile.orcid");
        check(missing, p.fullNameLatin() != null, "profile.fullNameLatin");
        int total = 8;
        return new ProfileCompleteness(100 * (total - missing.size()) / total, List.copyOf(missing));
    }

    private static void check(List<String> missing, boolean present, String key) {
        if (!present) {
            missing.add(key);
        }
    }
}
