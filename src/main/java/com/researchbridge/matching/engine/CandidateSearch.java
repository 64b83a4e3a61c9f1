package com.researchbridge.matching.engine;

import java.util.Arrays;

/**
 * Which profiles are worth scoring exactly for a seeker: the inverted lists of the seeker's strongest concepts
 * and words, and of its publications' strongest dimensions (each profile listed with its highest weight over its
 * publications), give each profile a partial score, and the best of those (a pool of 1 % of the profiles, 200 to 1,000: at 10,000 profiles a pool of
 * 60 kept 93 % of the exhaustive top 10 and 200 all of them; at 100,000 a pool of 200 keeps 85-87 %, 500 95 % and
 * 1,000 99 %, at about three times the time of 200 — we keep the partners and pay the milliseconds; a bound-based
 * stage that keeps both is still to come) go on to the exact
 * {@link PairScorer}. A seeker sharing no word or concept with enough others gets the candidates of its field or language.
 * {@link #everyCandidate} is the exhaustive alternative (the reference for the pool's recall).
 */
final class CandidateSearch {

    /**
     * How far the search looks: the seeker's strongest concepts and words ({@code queryDims} of each), the
     * strongest dimensions of its publications ({@code publicationDims}), and the pool scored exactly.
     */
    record Limits(int queryDims, int publicationDims, int pool) {
        static final Limits DEFAULT = new Limits(48, 64, 1_000);

        /**
         * The pool for a corpus: one profile in a hundred, at least 200 and at most {@code pool} (measured: 200 keep
         * the whole exhaustive top 10 at 10,000 profiles, 1,000 keep 99 % of it at 100,000).
         */
        int poolFor(int profiles) {
            return Math.min(pool, Math.max(200, profiles / 100));
        }
    }

    private final Postings conceptPostings;
    private final Postings lexicalPostings;
    private final Postings publicationPostings;
    /** Pivot hook: partners that share only pivot terms (no word, no concept) reach the exact score too. */
    private final Postings pivotPostings;
    private final MatchingWeights weights;
    private final Limits limits;
    private final ThreadLocal<float[]> accumulators = new ThreadLocal<>();

    CandidateSearch(Postings conceptPostings, Postings lexicalPostings, Postings publicationPostings,
                    Postings pivotPostings, MatchingWeights weights, Limits limits) {
        this.limits = limits;
        this.pivotPostings = pivotPostings;
        this.conceptPostings = conceptPostings;
        this.lexicalPostings = lexicalPostings;
        this.publicationPostings = publicationPostings;
        this.weights = weights;
    }

    static CandidateSearch over(ProfileVectors[] docs, Vectoriser vectoriser, MatchingWeights weights) {
        var concepts = new SparseVector[docs.length];
        var lexical = new SparseVector[docs.length];
        var publications = new SparseVector[docs.length];
        var pivots = new SparseVector[docs.length];
        for (int i = 0; i < docs.length; i++) {
            pivots[i] = docs[i].pivots().weights();
            concepts[i] = docs[i].concepts();
            lexical[i] = docs[i].lexical();
            publications[i] = docs[i].publications().maxima();
        }
        return new CandidateSearch(new Postings(concepts, vectoriser.conceptDimensions()),
                new Postings(lexical, vectoriser.terms()),
                new Postings(publications, vectoriser.publicationDimensions()),
                new Postings(pivots, vectoriser.terms()), weights, Limits.DEFAULT);
    }

    /** These lists with one document changed (copy on write: this instance is left as it was). */
    CandidateSearch replaced(int doc, ProfileVectors before, ProfileVectors after) {
        return new CandidateSearch(conceptPostings.replaced(doc, before.concepts(), after.concepts()),
                lexicalPostings.replaced(doc, before.lexical(), after.lexical()),
                publicationPostings.replaced(doc, before.publications().maxima(), after.publications().maxima()),
                pivotPostings.replaced(doc, before.pivots().weights(), after.pivots().weights()), weights, limits);
    }

    /** The same lists searched with other limits. */
    CandidateSearch withLimits(Limits other) {
        return new CandidateSearch(conceptPostings, lexicalPostings, publicationPostings, pivotPostings, weights, other);
    }

    /** Postings entries held, for checks that repeated updates do not grow the index. */
    long entries() {
        return conceptPostings.entries() + lexicalPostings.entries() + publicationPostings.entries()
                + pivotPostings.entries();
    }

    /**
     * The pool for {@code seeker} ({@code self}: its own document, or -1 for an outside text) among {@code docs}
     * whose countries {@link CountryRule} allows.
     */
    int[] pool(ProfileVectors seeker, int self, int k, ProfileVectors[] docs, int[] countries) {
        float[] acc = accumulators.get();
        if (acc == null || acc.length < docs.length) {
            acc = new float[docs.length];
            accumulators.set(acc);
        }
        var touched = new Postings.IntList();
        // Ranked by the cross-language concept weight and words; the exact score, which lowers the concept weight
        // for pairs that share a language and adds publications, fields and languages, comes after.
        conceptPostings.accumulate(seeker.concepts(), weights.concepts(), limits.queryDims(), acc, touched);
        lexicalPostings.accumulate(seeker.lexical(), weights.lexical(), limits.queryDims(), acc, touched);
        publicationPostings.accumulate(seeker.publications().maxima(), weights.publications(), limits.publicationDims(),
                acc, touched);
        if (weights.pivots() > 0) {
            pivotPostings.accumulate(seeker.pivots().weights(), weights.pivots(), limits.queryDims(), acc, touched);
        }
        var pool = new TopPool(Math.max(limits.poolFor(countries.length), 3 * k));
        int mine = seeker.country();
        for (int i = 0; i < touched.size; i++) {
            int doc = touched.values[i];
            if (doc != self && CountryRule.allows(mine, countries[doc])) {
                pool.offer(doc, acc[doc]);
            }
            acc[doc] = 0;
        }
        if (pool.count() >= k) {
            return pool.docs();
        }
        // Too few profiles share a word or concept (a short profile, or one in words the vocabulary lacks): the
        // candidates of its field or working language still come, ranked by the same exact score.
        var pooled = new boolean[docs.length];
        for (int doc : pool.docs()) {
            pooled[doc] = true;
        }
        for (int doc = 0; doc < docs.length; doc++) {
            if (!pooled[doc] && doc != self && CountryRule.allows(mine, countries[doc])) {
                double fieldAndLanguage = weights.field() * ScoreFamilies.fieldSimilarity(seeker, docs[doc])
                        + ((seeker.languages() & docs[doc].languages()) != 0 ? weights.language() : 0);
                if (fieldAndLanguage > 0) {
                    pool.offer(doc, (float) fieldAndLanguage);
                }
            }
        }
        return pool.docs();
    }

    /** Every document the seeker's country allows: exhaustive scoring, no pruning. */
    static int[] everyCandidate(ProfileVectors seeker, int self, int[] countries) {
        int[] result = new int[countries.length];
        int n = 0;
        for (int doc = 0; doc < countries.length; doc++) {
            if (doc != self && CountryRule.allows(seeker.country(), countries[doc])) {
                result[n++] = doc;
            }
        }
        return Arrays.copyOf(result, n);
    }
}
