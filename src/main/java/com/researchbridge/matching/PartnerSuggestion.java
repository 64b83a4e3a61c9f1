package com.researchbridge.matching;

import com.researchbridge.matching.engine.Match;
import com.researchbridge.researcher.ProfileSummary;
import java.util.List;

/**
 * A proposed partner for the signed-in researcher, with the reasons: shared concepts (in the reader's UI
 * language), the languages both write in, and words of the two profiles that meet across languages through a
 * bilingual pivot ({@link Match.Bridge}, only ones the reader can read).
 */
public record PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                                List<String> commonLanguages, boolean proposed, List<Match.Bridge> bridges) {

    public PartnerSuggestion {
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
    }

    public PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                             List<String> commonLanguages, boolean proposed) {
        this(partner, score, sharedConcepts, commonLanguages, proposed, List.of());
    }
}
