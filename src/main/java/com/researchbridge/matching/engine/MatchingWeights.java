package com.researchbridge.matching.engine;

/**
 * How much each signal counts in a match score.
 *
 * <p>Concepts bridge languages, but they are coarser than words: where two profiles share a language, their
 * words say more precisely what they share, so concepts count {@code conceptsSharedLanguage} there and the full
 * {@code concepts} weight only across languages. Publication pairs reward one close piece of work; fields and
 * a common working language break ties. {@code pivots} weighs the general bilingual pivots across languages
 * ({@link PivotFamily}); 0 turns them off. The defaults come from the benchmarks in docs/benchmarks.md (a
 * handful of global settings compared, no per-item rules).
 */
public record MatchingWeights(double concepts, double conceptsSharedLanguage, double lexical, double publications,
                              double field, double language, double pivots) {

    /** The weight of the pivot family when none is given (chosen on the tuning set, docs/benchmarks.md 2b). */
    public static final double DEFAULT_PIVOTS = 0.5;

    public static final MatchingWeights DEFAULT = new MatchingWeights(0.45, 0.05, 0.25, 0.7, 0.05, 0.03, DEFAULT_PIVOTS);

    /** The weights without the pivot family's: it gets {@link #DEFAULT_PIVOTS}. */
    public MatchingWeights(double concepts, double conceptsSharedLanguage, double lexical, double publications,
                           double field, double language) {
        this(concepts, conceptsSharedLanguage, lexical, publications, field, language, DEFAULT_PIVOTS);
    }

    /** These weights with another weight for the pivot family (0: no pivots). */
    public MatchingWeights withPivots(double weight) {
        return new MatchingWeights(concepts, conceptsSharedLanguage, lexical, publications, field, language, weight);
    }
}
