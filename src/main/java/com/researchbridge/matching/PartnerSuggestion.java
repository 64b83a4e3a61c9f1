package com.researchbridge.matching;

import com.researchbridge.researcher.ProfileSummary;
import java.util.List;

/**
 * A proposed partner for the signed-in researcher, with the reasons: shared concepts (in the reader's UI
 * language) and the languages both write in, and how strong the suggestion is ({@link MatchStrength}; weak ones
 * come last).
 */
public record PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                                List<String> commonLanguages, boolean proposed, MatchStrength strength) {

    public PartnerSuggestion {
        strength = strength == null ? MatchStrength.POSSIBLE : strength;
    }

    /** A suggestion whose strength is not known (kept for callers written before strengths existed). */
    public PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                             List<String> commonLanguages, boolean proposed) {
        this(partner, score, sharedConcepts, commonLanguages, proposed, MatchStrength.POSSIBLE);
    }
}
