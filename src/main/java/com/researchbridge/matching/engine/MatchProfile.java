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
                           List<Publication> publications, Set<String> fields, Set<TextLanguage> spokenLanguages,
                           List<Version> otherVersions) {

    public record Publication(String title, String abstractText, Integer year) {
    }

    /** A further version of the summary in another language (e.g. Kazakh beside a Russian main version). */
    public record Version(TextLanguage language, String text) {
    }

    /** A profile with at most a main text and an English version. */
    public MatchProfile(String id, String country, TextLanguage language, String name, String institution,
                        String summary, List<String> keywords, String summaryEn, List<String> keywordsEn,
                        List<Publication> publications, Set<String> fields, Set<TextLanguage> spokenLanguages) {
        this(id, country, language, name, institution, summary, keywords, summaryEn, keywordsEn, publications, fields,
                spokenLanguages, List.of());
    }

    public MatchProfile {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        keywordsEn = keywordsEn == null ? List.of() : List.copyOf(keywordsEn);
        publications = publications == null ? List.of() : List.copyOf(publications);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        spokenLanguages = spokenLanguages == null ? Set.of() : Set.copyOf(spokenLanguages);
        otherVersions = otherVersions == null ? List.of() : List.copyOf(otherVersions);
    }

    /** KZ and CN researchers are matched with the other country; others with everyone but themselves. */
    public boolean isCandidateFor(MatchProfile seeker) {
        return !seeker.id().equals(id) && CountryRule.allows(seeker.country(), country);
    }
}
