package com.researchbridge.matching.engine;

/**
 * How much each signal counts in a match score.
 *
 * <p>Concepts bridge languages, but they are coarser than words: where two profiles share a language, their
 * words say more precisely what they share, so concepts count {@code conceptsSharedLanguage} there and the full
 * {@code concepts} weight only across languages. Publication pairs reward one close piece of work; fields and
 * a common working language break ties. The defaults come from the benchmarks in docs/benchmarks.md (a
 * handful of global settings compared, no per-item rules).
 */
public record MatchingWeights(double concepts, double conceptsSharedLanguage, double lexical, double publications,
                              double field, double language) {

    public static final MatchingWeights DEFAULT = new MatchingWeights(0.45, 0.05, 0.25, 0.7, 0.05, 0.03);
}
