package com.researchbridge.researcher;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The rows a profile owns in its side tables (summary versions, spoken languages). */
final class ProfileCollections {

    private ProfileCollections() {
    }

    /** One language version of the summary, stored in {@code researcher_summary}. */
    @Embeddable
    static class StoredSummary {

        @Column(name = "lang_code", nullable = false, length = 5)
        private String language;

        @Column(name = "body", nullable = false, length = 20000)
        private String body;

        protected StoredSummary() {
        }

        StoredSummary(SummaryVersion version) {
            this.language = version.language();
            this.body = version.text();
        }

        SummaryVersion toVersion() {
            return new SummaryVersion(language, body);
        }
    }

    /** A spoken language and level, stored in {@code researcher_language}. */
    @Embeddable
    static class StoredLanguage {

        @Column(name = "lang_code", nullable = false, length = 5)
        private String language;

        @Enumerated(EnumType.STRING)
        @Column(name = "proficiency", nullable = false, length = 10)
        private LanguageLevel level;

        protected StoredLanguage() {
        }

        StoredLanguage(SpokenLanguage spoken) {
            this.language = spoken.language();
            this.level = spoken.level();
        }

        SpokenLanguage toSpokenLanguage() {
            return new SpokenLanguage(language, level);
        }
    }
}
