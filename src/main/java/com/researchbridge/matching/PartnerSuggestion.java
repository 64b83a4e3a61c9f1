package com.researchbridge.matching;

import com.researchbridge.researcher.ProfileSummary;
import java.util.List;

/**
 * A proposed partner for the signed-in researcher, with the reasons: shared concepts (in the reader's UI
 * language) and the languages both write in.
 */
public record PartnerSuggestion(ProfileSummary partner, double score, List<String> sharedConcepts,
                                List<String> commonLanguages, boolean proposed) {
}
