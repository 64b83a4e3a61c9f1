package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import java.util.List;
import java.util.Set;

/**
 * What the matcher reads of a researcher: texts in any of the four languages (language declared or guessed),
 * optional English versions, publications, and structured facts.
 *
 * @param country {@code KZ}, {@code CN} or anything else (then candidates come from every other country)
 * @param language the declared language of {@code summary} and {@code keywords}; {@code null}: guess it
 */
public record MatchProfile(String id, String country, TextLanguage language, String name, String institution,
                           String summary, List<String> keywords, String summaryEn, List<String> keywordsEn,
                           List<Publication> publications, Set<String> fields, Set<TextLanguage> spokenLanguages) {

    public record Publication(String title, String abstractText, Integer year) {
    }

    public MatchProfile {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        keywordsEn = keywordsEn == null ? List.of() : List.copyOf(keywordsEn);
        publications = publications == null ? List.of() : List.copyOf(publications);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        spokenLanguages = spokenLanguages == null ? Set.of() : Set.copyOf(spokenLanguages);
    }

    /** KZ and CN researchers are matched with the other country; others with everyone but themselves. */
    public boolean isCandidateFor(MatchProfile seeker) {
        if (seeker.id().equals(id)) {
            return false;
        }
        boolean seekerSided = "KZ".equals(seeker.country()) || "CN".equals(seeker.country());
        return seekerSided ? !seeker.country().equals(country) && ("KZ".equals(country) || "CN".equals(country))
                : !java.util.Objects.equals(seeker.country(), country);
    }
}
