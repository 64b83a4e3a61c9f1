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
    private final MatchingWeights weights;
    private final Limits limits;
    /** The scorer's bound, or {@code null}: then the heuristic pool of {@link #pool} is used. */
    private final ScoreFamily.Bound bound;
    private final ThreadLocal<float[]> accumulators = new ThreadLocal<>();
    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

    CandidateSearch(Postings conceptPostings, Postings lexicalPostings, Postings publicationPostings,
                    MatchingWeights weights, Limits limits, ScoreFamily.Bound bound) {
        this.limits = limits;
        this.bound = bound;
        this.conceptPostings = conceptPostings;
        this.lexicalPostings = lexicalPostings;
        this.publicationPostings = publicationPostings;
        this.weights = weights;
    }

    static CandidateSearch over(ProfileVectors[] docs, Vectoriser vectoriser, MatchingWeights weights,
                                ScoreFamily.Bound bound) {
        var concepts = new SparseVector[docs.length];
        var lexical = new SparseVector[docs.length];
        var publications = new SparseVector[docs.length];
        java.util.stream.IntStream.range(0, docs.length).parallel().forEach(i -> {
            concepts[i] = docs[i].concepts();
            lexical[i] = docs[i].lexical();
            publications[i] = docs[i].publications().maxima();
        });
        return new CandidateSearch(new Postings(concepts, vectoriser.conceptDimensions()),
                new Postings(lexical, vectoriser.terms()),
                new Postings(publications, vectoriser.publicationDimensions()), weights, Limits.DEFAULT, bound);
    }

    /** These lists with one document changed (copy on write: this instance is left as it was). */
    CandidateSearch replaced(int doc, ProfileVectors before, ProfileVectors after) {
        return new CandidateSearch(conceptPostings.replaced(doc, before.concepts(), after.concepts()),
                lexicalPostings.replaced(doc, before.lexical(), after.lexical()),
                publicationPostings.replaced(doc, before.publications().maxima(), after.publications().maxima()), weights, limits,
                bound);
    }

    /** The same lists searched with the heuristic pool and other limits (no bound: for recall checks of the pool). */
    CandidateSearch withLimits(Limits other) {
        return new CandidateSearch(conceptPostings, lexicalPostings, publicationPostings, weights, other, null);
    }

    /** Whether {@link #top} can rank exactly (every score family states its bound). */
    boolean exact() {
        return bound != null;
    }

    /** Postings entries held, for checks that repeated updates do not grow the index. */
    long entries() {
        return conceptPostings.entries() + lexicalPostings.entries() + publicationPostings.entries();
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

    /** Documents with their exact scores, best first; equal scores by document, as exhaustive scoring orders them. */
    record Ranked(int[] docs, double[] scores) {
    }

    /** Relative and absolute room in a bound for the half-precision weights of the lists and float sums. */
    private static final double RELATIVE_SLACK = 2e-3;
    private static final double ABSOLUTE_SLACK = 1e-4;
    /** How many candidates of the highest bounds are scored first, to learn how high the k-th score is. */
    private static final int SEED = 32;

    /**
     * The exact top {@code k} (the same as scoring every allowed candidate, ties included), scoring only the
     * candidates whose bound can still reach the k-th score found so far. Every dimension of the seeker's
     * concepts, words and publication maxima is read from the lists; each candidate met gets the bound
     * {@code concepts × concept dot + words × word dot + publications × min(1, maxima dot) + constant} of
     * {@link ScoreFamily.Bound} (with room for the lists' half-precision weights). The highest bounds are scored
     * first; then, best bound first, the rest until a bound falls below the k-th exact score. A profile the
     * lists do not reach can score at most the constant (fields, a common language): those are scored only
     * when the k-th score is not above it. Needs {@link #exact()}.
     */
    Ranked top(ProfileVectors seeker, int self, int k, ProfileVectors[] docs, int[] countries, PairScorer.Seeker scoring) {
        Scratch s = scratch.get();
        if (s == null) {
            s = new Scratch();
            scratch.set(s);
        }
        s.prepare(docs.length);
        int epoch = s.epoch;
        var touched = s.touched;
        if (bound.concepts() > 0) {
            conceptPostings.accumulateAll(seeker.concepts(), bound.concepts(), s.words, s.publications, s.seen, epoch, touched);
        }
        if (bound.words() > 0) {
            lexicalPostings.accumulateAll(seeker.lexical(), bound.words(), s.words, s.publications, s.seen, epoch, touched);
        }
        if (bound.publications() > 0) {
            publicationPostings.accumulateAll(seeker.publications().maxima(), 1, s.publications, s.words, s.seen, epoch,
                    touched);
        }
        int mine = seeker.country();
        int m = 0;
        s.candidates(touched.size);
        for (int i = 0; i < touched.size; i++) {
            int doc = touched.values[i];
            if (doc != self && CountryRule.allows(mine, countries[doc])) {
                double b = s.words[doc] * (1 + RELATIVE_SLACK)
                        + bound.publications() * Math.min(1, s.publications[doc] * (1 + RELATIVE_SLACK))
                        + bound.constant() + ABSOLUTE_SLACK;
                s.candidates[m] = doc;
                s.bounds[m++] = (float) b;
            }
        }
        var best = new Best(k);
        // The highest bounds first: their exact scores set the bar for the others.
        var seed = new TopPool(Math.min(m, Math.max(SEED, 2 * k)));
        for (int i = 0; i < m; i++) {
            seed.offer(i, s.bounds[i]);
        }
        for (int i : seed.docs()) {
            best.offer(s.candidates[i], scoring.score(docs[s.candidates[i]]));
            s.bounds[i] = -1;
        }
        int n = 0;
        long[] keys = s.keys;
        for (int i = 0; i < m; i++) {
            if (s.bounds[i] >= 0 && best.reachable(s.bounds[i])) {
                keys[n++] = (long) Float.floatToIntBits(s.bounds[i]) << 32 | i;
            }
        }
        Arrays.sort(keys, 0, n);
        for (int x = n - 1; x >= 0; x--) {
            int i = (int) keys[x];
            if (!best.reachable(s.bounds[i])) {
                break;
            }
            best.offer(s.candidates[i], scoring.score(docs[s.candidates[i]]));
        }
        if (best.reachable((float) (bound.constant() + ABSOLUTE_SLACK))) {
            // Fields and a common language alone could still reach the top k: the profiles no list reached.
            for (int doc = 0; doc < docs.length; doc++) {
                if (s.seen[doc] != epoch && doc != self && CountryRule.allows(mine, countries[doc])) {
                    best.offer(doc, scoring.score(docs[doc]));
                }
            }
        }
        return best.ranked();
    }

    /** The k best (score, document) pairs so far, in order; only positive scores, as exhaustive scoring keeps. */
    private static final class Best {
        private final int[] docs;
        private final double[] scores;
        private int count;

        Best(int k) {
            docs = new int[k];
            scores = new double[k];
        }

        /** Whether a candidate bounded by {@code bound} could still enter (a tie could, by its document number). */
        boolean reachable(float bound) {
            return count < docs.length ? bound > 0 : bound >= scores[count - 1];
        }

        void offer(int doc, double score) {
            if (score <= 0 || (count == docs.length && !before(score, doc, scores[count - 1], docs[count - 1]))) {
                return;
            }
            int at = Math.min(count, docs.length - 1);
            while (at > 0 && before(score, doc, scores[at - 1], docs[at - 1])) {
                docs[at] = docs[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            docs[at] = doc;
            scores[at] = score;
            count = Math.min(count + 1, docs.length);
        }

        private static boolean before(double score, int doc, double otherScore, int otherDoc) {
            return score > otherScore || (score == otherScore && doc < otherDoc);
        }

        Ranked ranked() {
            return new Ranked(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
        }
    }

    /** Per-thread arrays of one query, reused: accumulators, the query's mark on each document met, candidates. */
    private static final class Scratch {
        float[] words = new float[0];
        float[] publications = new float[0];
        int[] seen = new int[0];
        int epoch;
        final Postings.IntList touched = new Postings.IntList();
        int[] candidates = new int[0];
        float[] bounds = new float[0];
        long[] keys = new long[0];

        void prepare(int documents) {
            if (seen.length < documents) {
                words = new float[documents];
                publications = new float[documents];
                seen = new int[documents];
                epoch = 0;
            }
            if (epoch == Integer.MAX_VALUE) {
                Arrays.fill(seen, 0);
                epoch = 0;
            }
            epoch++;
            touched.size = 0;
        }

        void candidates(int max) {
            if (candidates.length < max) {
                candidates = new int[max];
                bounds = new float[max];
                keys = new long[max];
            }
        }
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
