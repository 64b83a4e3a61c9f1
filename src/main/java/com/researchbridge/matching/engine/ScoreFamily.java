package com.researchbridge.matching.engine;

/**
 * One family of evidence in the pair score (concepts, words, publications, fields, a common language, later
 * dictionary pivots or transliterated cognates): its weighted part of the score of a seeker and a candidate.
 * A new family is one implementation (with its own vectors in {@link ProfileVectors} and its weight in
 * {@link MatchingWeights}) added to {@link PairScorer}'s list.
 */
interface ScoreFamily {

    /** This family prepared for one seeker (e.g. the seeker's publications put into a table), used on one thread. */
    ForSeeker forSeeker(ProfileVectors seeker);

    @FunctionalInterface
    interface ForSeeker {

        /** The weighted part of the score this family gives the pair. */
        double score(ProfileVectors candidate);
    }
}
