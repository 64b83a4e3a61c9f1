package com.researchbridge.search;

import java.util.Locale;

/**
 * What partner search can narrow by. Each filter is a field of the search index holding plain values (a profile
 * may have several, e.g. fields of research); a new filter is a constant here plus its values in
 * {@link SearchEntries}.
 */
public enum SearchFilter {
    /** {@code Country.name()} */
    COUNTRY,
    /** the institution id */
    INSTITUTION,
    /** the institution's city, in English ({@code InstitutionSummary.cityEn()}) */
    CITY,
    /** {@code ResearchField.code()} */
    FIELD,
    /** {@code "true"} for researchers open to collaboration (topics are always open) */
    OPEN,
    /**
     * a language code ({@code SpokenLanguage.CODES}): researchers who work in it (working level or better),
     * topics written in it
     */
    LANGUAGE;

    String indexField() {
        return name().toLowerCase(Locale.ROOT);
    }
}
