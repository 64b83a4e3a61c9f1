package com.researchbridge.matching.engine;

/**
 * One family of evidence in the pair score (concepts, words, publications, fields, a common language, later
 * dictionary pivots or transliterated cognates): its weighted part of the score of a seeker and a candidate.
 * A new family is one implementation (with its own vectors in {@link ProfileVectors} and its weight in
 * {@link MatchingWeights}) added to {@link PairScorer}'s list, with its {@link #bound()} so that the candidate
 * search stays exact.
 */
interface ScoreFamily {

    /** This family prepared for one seeker (e.g. the seeker's publications put into a table), used on one thread. */
    ForSeeker forSeeker(ProfileVectors seeker);

    /**
     * The most this family can add to any pair's score, in terms of what the candidate search reads from its
     * inverted lists; {@code null} when the family cannot say (then the search falls back to a heuristic pool
     * of candidates and is no longer exact, so every family of {@link ScoreFamilies} should state one).
     */
    default Bound bound() {
        return null;
    }

    /** This family with its bound stated. */
    static ScoreFamily bounded(ScoreFamily family, Bound bound) {
        return new ScoreFamily() {
            @Override
            public ForSeeker forSeeker(ProfileVectors seeker) {
                return family.forSeeker(seeker);
            }

            @Override
            public Bound bound() {
                return bound;
            }
        };
    }

    /**
     * A linear upper bound of a family's part of a pair's score: at most {@code concepts} × the dot product of
     * the two concept vectors + {@code words} × the dot product of the two word vectors + {@code publications}
     * × min(1, dot product of the two profiles' publication maxima, {@link PublicationVectors#maxima()}) +
     * {@code constant} + {@code pivots} × the dot product of the two pivot vectors ({@link PivotVector}). All vectors are non-negative, so these dot products bound any per-publication or
     * shared-language refinement from above.
     */
    record Bound(double concepts, double words, double publications, double constant, double pivots) {

        static final Bound ZERO = new Bound(0, 0, 0, 0, 0);

        /** A bound with no pivot part. */
        Bound(double concepts, double words, double publications, double constant) {
            this(concepts, words, publications, constant, 0);
        }

        Bound plus(Bound other) {
            return new Bound(concepts + other.concepts, words + other.words, publications + other.publications,
                    constant + other.constant, pivots + other.pivots);
        }
    }

    @FunctionalInterface
    interface ForSeeker {

        /** The weighted part of the score this family gives the pair. */
        double score(ProfileVectors candidate);
    }
}
