package com.researchbridge.matching.engine;

/**
 * How much each signal counts in a match score. The defaults were chosen on the development sets, not per
 * item: concepts carry matching across languages, words within a shared language, publication pairs reward a
 * close piece of work, fields and a common working language break ties.
 */
public record MatchingWeights(double concepts, double lexical, double publications, double field, double language) {

    public static final MatchingWeights DEFAULT = new MatchingWeights(0.45, 0.30, 0.25, 0.05, 0.03);
}
