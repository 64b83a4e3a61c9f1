package com.researchbridge.matching.engine;

import java.util.List;

/** The exact score of a pair: the sum of the weighted families; the same for profiles and for topics. */
final class PairScorer {

    private final List<ScoreFamily> families;

    PairScorer(List<ScoreFamily> families) {
        this.families = List.copyOf(families);
    }

    PairScorer(MatchingWeights weights) {
        this(ScoreFamilies.of(weights));
    }

    /**
     * The sum of the families' bounds: no pair scores more (see {@link ScoreFamily.Bound}); {@code null} when a
     * family states none.
     */
    ScoreFamily.Bound bound() {
        var sum = ScoreFamily.Bound.ZERO;
        for (ScoreFamily family : families) {
            var bound = family.bound();
            if (bound == null) {
                return null;
            }
            sum = sum.plus(bound);
        }
        return sum;
    }

    /** The scorer prepared for one seeker; use it on one thread. */
    Seeker forSeeker(ProfileVectors seeker) {
        var prepared = new ScoreFamily.ForSeeker[families.size()];
        for (int f = 0; f < prepared.length; f++) {
            prepared[f] = families.get(f).forSeeker(seeker);
        }
        return new Seeker(prepared);
    }

    static final class Seeker {
        private final ScoreFamily.ForSeeker[] families;

        private Seeker(ScoreFamily.ForSeeker[] families) {
            this.families = families;
        }

        double score(ProfileVectors candidate) {
            double sum = 0;
            for (ScoreFamily.ForSeeker family : families) {
                sum += family.score(candidate);
            }
            return sum;
        }
    }
}
