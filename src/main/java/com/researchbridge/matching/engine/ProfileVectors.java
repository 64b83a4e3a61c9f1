package com.researchbridge.matching.engine;

/**
 * What the engine keeps of one profile: its vectors and the little that reasons need (publication titles, not
 * abstracts; concept ids). Everything else of the profile's texts is dropped after analysis.
 *
 * @param textLanguages bit set of the languages the profile is really written in (bit = TextLanguage ordinal)
 * @param languages bit set of the languages the researcher works in (spoken, declared, English version)
 * @param declaredFields fields of research the profile declares, sorted
 * @param inferredField the fields its concepts belong to (L2-normalised), for profiles without declared fields
 * @param pivots the profile in the English analysis space, through the bilingual pivots (see {@link PivotFamily})
 */
record ProfileVectors(String id, int country, SparseVector concepts, SparseVector lexical,
                      PublicationVectors publications, int textLanguages, int languages, String[] declaredFields,
                      SparseVector inferredField, String[] titles, PivotVector pivots) {

    static ProfileVectors removed(String id) {
        return new ProfileVectors(id, CountryRule.REMOVED, SparseVector.EMPTY, SparseVector.EMPTY,
                PublicationVectors.NONE, 0, 0, new String[0], SparseVector.EMPTY, new String[0], PivotVector.EMPTY);
    }

    boolean sharesTextLanguageWith(ProfileVectors other) {
        return (textLanguages & other.textLanguages) != 0;
    }
}
