package com.researchbridge.researcher;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A researcher's profile as views and other modules read it.
 *
 * @param fields fields of research, the main one first
 * @param summaries the research summary in one or more languages, the main version first
 */
public record ProfileSummary(AccountId account, String fullName, Country country, InstitutionId institution,
                             String positionTitle, List<ResearchField> fields, List<SummaryVersion> summaries,
                             List<SpokenLanguage> spokenLanguages, List<String> keywords, Instant updatedAt,
                             String fullNameLatin, String orcid, String homepage, ProfileVisibility visibility,
                             boolean openToCollaboration, boolean matchingConsent) {

    public ProfileSummary {
        fields = List.copyOf(fields);
        summaries = List.copyOf(summaries);
        spokenLanguages = List.copyOf(spokenLanguages);
        keywords = List.copyOf(keywords);
    }

    /** Whether the matcher may propose this researcher to others. */
    public boolean proposable() {
        return openToCollaboration && matchingConsent && visibility != ProfileVisibility.NOBODY;
    }

    /** The main field of research, or {@code null} when none is chosen yet. */
    public ResearchField field() {
        return fields.isEmpty() ? null : fields.getFirst();
    }

    /** The main version of the summary, or {@code null}. */
    public String summary() {
        return summaries.isEmpty() ? null : summaries.getFirst().text();
    }

    /** The language of the main version of the summary, or {@code null}. */
    public String summaryLanguage() {
        return summaries.isEmpty() ? null : summaries.getFirst().language();
    }

    /** An English version besides the main one, or {@code null}. */
    public String summaryEn() {
        return summaries.stream().skip(1).filter(s -> "en".equals(s.language())).map(SummaryVersion::text)
                .findFirst().orElse(null);
    }

    /** The versions besides the main one that are neither English: e.g. a Kazakh version of a Russian summary. */
    public List<SummaryVersion> otherSummaries() {
        return summaries.stream().skip(1).filter(s -> !"en".equals(s.language())).toList();
    }

    public Optional<SummaryVersion> summaryIn(String language) {
        return summaries.stream().filter(s -> s.language().equals(language)).findFirst();
    }

    /**
     * The version a reader of the given UI language reads first: the one in their language, else the English
     * one, else the main one; {@code null} without any summary.
     */
    public SummaryVersion versionFor(String readerLanguage) {
        return summaryIn(readerLanguage).or(() -> summaryIn("en"))
                .orElse(summaries.isEmpty() ? null : summaries.getFirst());
    }
}
