package com.researchbridge.matching.engine;

/**
 * General bilingual pivots as one family of the pair score: each profile's Chinese, Russian and Kazakh words are
 * carried into the English analysis space by {@link com.researchbridge.matching.bridge.BilingualPivots}
 * (CC-CEDICT, Mueller's dictionary, loan roots, cognates; weights fall with ambiguity), its English words join
 * them as they are, and the family is the dot product of the two profiles' {@link PivotVector}s times
 * {@link MatchingWeights#pivots()}. It works across languages only: two profiles that share a main text language
 * already meet on their own words (and concepts), so there it adds nothing.
 */
final class PivotFamily implements ScoreFamily {

    private final double weight;

    PivotFamily(MatchingWeights weights) {
        this.weight = weights.pivots();
    }

    @Override
    public ForSeeker forSeeker(ProfileVectors seeker) {
        if (weight == 0 || seeker.pivots().weights().isEmpty()) {
            return candidate -> 0;
        }
        return candidate -> seeker.sharesTextLanguageWith(candidate) ? 0
                : weight * seeker.pivots().weights().dot(candidate.pivots().weights());
    }
}
