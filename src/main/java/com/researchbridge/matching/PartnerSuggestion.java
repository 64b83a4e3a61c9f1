package com.researchbridge.matching;

import com.researchbridge.matching.engine.Match;
import com.researchbridge.researcher.ProfileSummary;
import java.util.List;

/**
 * A proposed partner for the signed-in researcher, with the reasons: shared concepts (in the reader's UI
 * language), the languages both write in, words of the two profiles that meet across languages through a
 * bilingual pivot ({@link Match.Bridge}, only ones the reader can read), and how strong the suggestion is
 * ({@link MatchStrength}; weak ones come last).
 */
public record PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                                List<String> commonLanguages, boolean proposed, MatchStrength strength,
                                List<Match.Bridge> bridges) {

    public PartnerSuggestion {
        strength = strength == null ? MatchStrength.POSSIBLE : strength;
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
    }

    /** Without bridge reasons. */
    public PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                             List<String> commonLanguages, boolean proposed, MatchStrength strength) {
        this(partner, score, sharedConcepts, commonLanguages, proposed, strength, List.of());
    }

    /** A suggestion whose strength is not known. */
    public PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                             List<String> commonLanguages, boolean proposed, List<Match.Bridge> bridges) {
        this(partner, score, sharedConcepts, commonLanguages, proposed, MatchStrength.POSSIBLE, bridges);
    }

    /** A suggestion whose strength is not known, without bridge reasons. */
    public PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                             List<String> commonLanguages, boolean proposed) {
        this(partner, score, sharedConcepts, commonLanguages, proposed, MatchStrength.POSSIBLE, List.of());
    }
}
