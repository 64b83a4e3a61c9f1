package com.researchbridge.matching.engine;

import com.researchbridge.matching.MatchStrength;

/**
 * What a match rests on, for its {@link MatchStrength}: the specific (not broad) concepts both share and their
 * part of the concept cosine, the cosine of their words (within a shared language; across languages, of the words
 * that meet through the bilingual pivots), and the similarity of
 * their closest pieces of work. A field, a common language or broad concepts alone are no specific topic: such a
 * match is {@link MatchStrength#WEAK}.
 *
 * <p>The thresholds are round values read off the demo's suggestions (a pair sharing one specific concept of
 * its five keywords has a concept part of about 0.05–0.15; a pair of the same topic 0.3 and more); they are not
 * tuned on any benchmark set.
 */
record Evidence(int specificConcepts, double specificConceptCosine, double words, double closestWork) {

    static final double WORDS_POSSIBLE = 0.10;
    static final double WORDS_GOOD = 0.18;
    static final double WORDS_STRONG = 0.30;
    static final double WORK_POSSIBLE = 0.20;
    static final double WORK_GOOD = 0.35;
    static final double WORK_STRONG = 0.50;
    static final double CONCEPTS_GOOD = 0.12;
    static final double CONCEPTS_STRONG = 0.30;

    MatchStrength strength() {
        if (specificConcepts == 0 && words < WORDS_POSSIBLE && closestWork < WORK_POSSIBLE) {
            return MatchStrength.WEAK;
        }
        if (specificConceptCosine >= CONCEPTS_STRONG || (specificConcepts >= 3 && specificConceptCosine >= CONCEPTS_GOOD)
                || words >= WORDS_STRONG
                || closestWork >= WORK_STRONG) {
            return MatchStrength.STRONG;
        }
        if (specificConceptCosine >= CONCEPTS_GOOD || (specificConcepts >= 2 && specificConceptCosine >= CONCEPTS_GOOD / 2)
                || words >= WORDS_GOOD
                || closestWork >= WORK_GOOD) {
            return MatchStrength.GOOD;
        }
        return MatchStrength.POSSIBLE;
    }
}
