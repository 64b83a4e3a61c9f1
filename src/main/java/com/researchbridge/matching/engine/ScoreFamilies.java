package com.researchbridge.matching.engine;

import java.util.List;

/** The families of today's pair score. */
final class ScoreFamilies {

    private ScoreFamilies() {
    }

    static List<ScoreFamily> of(MatchingWeights w) {
        return List.of(
                ScoreFamily.bounded(concepts(w), new ScoreFamily.Bound(atLeast0(Math.max(w.concepts(), w.conceptsSharedLanguage())), 0, 0, 0)),
                ScoreFamily.bounded(words(w), new ScoreFamily.Bound(0, atLeast0(w.lexical()), 0, 0)),
                ScoreFamily.bounded(publications(w), new ScoreFamily.Bound(0, 0, atLeast0(w.publications()), 0)),
                ScoreFamily.bounded(fields(w), new ScoreFamily.Bound(0, 0, 0, atLeast0(w.field()))),
                ScoreFamily.bounded(commonLanguage(w), new ScoreFamily.Bound(0, 0, 0, atLeast0(w.language()))),
                ScoreFamily.bounded(new PivotFamily(w), new ScoreFamily.Bound(0, 0, 0, 0, atLeast0(w.pivots()))));
    }

    private static double atLeast0(double weight) {
        return Math.max(0, weight);
    }

    /**
     * Shared concepts: the full weight across languages, a lower one where the two share a language (their
     * words then say more precisely what they share).
     */
    static ScoreFamily concepts(MatchingWeights w) {
        return seeker -> candidate -> (seeker.sharesTextLanguageWith(candidate) ? w.conceptsSharedLanguage() : w.concepts())
                * seeker.concepts().dot(candidate.concepts());
    }

    /** Shared language-tagged words. */
    static ScoreFamily words(MatchingWeights w) {
        return seeker -> candidate -> w.lexical() * seeker.lexical().dot(candidate.lexical());
    }

    /** One close piece of work: see {@link PublicationSimilarity}. */
    static ScoreFamily publications(MatchingWeights w) {
        return seeker -> {
            if (seeker.publications().count() == 0) {
                return candidate -> 0;
            }
            var similarity = new PublicationSimilarity(seeker.publications());
            return candidate -> w.publications() * similarity.similarity(candidate.publications());
        };
    }

    static ScoreFamily fields(MatchingWeights w) {
        return seeker -> candidate -> w.field() * fieldSimilarity(seeker, candidate);
    }

    static ScoreFamily commonLanguage(MatchingWeights w) {
        return seeker -> candidate -> (seeker.languages() & candidate.languages()) != 0 ? w.language() : 0;
    }

    /**
     * Declared fields where both profiles have them; otherwise, across languages only (like concepts), the
     * fields their concepts belong to. Within a shared language the words already tell the fields apart.
     */
    static double fieldSimilarity(ProfileVectors a, ProfileVectors b) {
        String[] fa = a.declaredFields();
        String[] fb = b.declaredFields();
        if (fa.length > 0 && fb.length > 0) {
            int shared = 0;
            for (int i = 0, j = 0; i < fa.length && j < fb.length; ) {
                int c = fa[i].compareTo(fb[j]);
                if (c == 0) {
                    shared++;
                    i++;
                    j++;
                } else if (c < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) shared / Math.min(fa.length, fb.length);
        }
        return a.sharesTextLanguageWith(b) ? 0 : a.inferredField().dot(b.inferredField());
    }
}
