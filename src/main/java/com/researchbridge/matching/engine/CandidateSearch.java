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
    /** The scorer's bound, or {@code null}: then the heuristic pool of {@link #pool} is used. */
    private final ScoreFamily.Bound bound;
    private final ThreadLocal<float[]> accumulators = new ThreadLocal<>();
    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

    CandidateSearch(Postings conceptPostings, Postings lexicalPostings, Postings publicationPostings,
                    Postings pivotPostings, MatchingWeights weights, Limits limits, ScoreFamily.Bound bound) {
        this.limits = limits;
        this.bound = bound;
        this.pivotPostings = pivotPostings;
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
        var pivots = new SparseVector[docs.length];
        java.util.stream.IntStream.range(0, docs.length).parallel().forEach(i -> {
            pivots[i] = docs[i].pivots().weights();
            concepts[i] = docs[i].concepts();
            lexical[i] = docs[i].lexical();
            publications[i] = docs[i].publications().maxima();
        });
        return new CandidateSearch(new Postings(concepts, vectoriser.conceptDimensions()),
                new Postings(lexical, vectoriser.terms()),
                new Postings(publications, vectoriser.publicationDimensions()),
                new Postings(pivots, vectoriser.terms()), weights, Limits.DEFAULT, bound);
    }

    /** These lists with one document changed (copy on write: this instance is left as it was). */
    CandidateSearch replaced(int doc, ProfileVectors before, ProfileVectors after) {
        return new CandidateSearch(conceptPostings.replaced(doc, before.concepts(), after.concepts()),
                lexicalPostings.replaced(doc, before.lexical(), after.lexical()),
                publicationPostings.replaced(doc, before.publications().maxima(), after.publications().maxima()),
                pivotPostings.replaced(doc, before.pivots().weights(), after.pivots().weights()), weights, limits,
                bound);
    }

    /** The same lists searched with the heuristic pool and other limits (no bound: for recall checks of the pool). */
    CandidateSearch withLimits(Limits other) {
        return new CandidateSearch(conceptPostings, lexicalPostings, publicationPostings, pivotPostings, weights, other,
                null);
    }

    /** Whether {@link #top} can rank exactly (every score family states its bound). */
    boolean exact() {
        return bound != null;
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

    /** Documents with their exact scores, best first; equal scores by document, as exhaustive scoring orders them. */
    record Ranked(int[] docs, double[] scores) {
    }

    /** Relative and absolute room in a bound for the half-precision weights of the lists and float sums. */
    private static final double RELATIVE_SLACK = 2e-3;
    private static final double ABSOLUTE_SLACK = 1e-4;
    /** How many of the first candidates met are scored first, to learn how high the k-th score is. */
    private static final int SEED = 32;

    /**
     * The exact top {@code k} (the same as scoring every allowed candidate, ties included), scoring only the
     * candidates whose bound can still reach the k-th score. Each candidate's bound is
     * {@code concepts × concept dot + words × word dot + pivots × pivot dot + publications × min(1, maxima dot) + constant} of
     * {@link ScoreFamily.Bound}, with room for the lists' half-precision weights. The seeker's lists are read
     * most promising first (query weight × the list's highest weight × the family's factor, MaxScore-style): after
     * the first {@value #SEED_LISTS}, the {@value #SEED} best candidates are scored to learn how high the k-th score
     * is, and the reading stops when what the unread lists could still add to a profile they have not met
     * cannot reach that score and is at most {@value #MAX_UNREAD} (the long lists of common words weigh little);
     * for the profiles met, the unread lists' whole possible part is added to their bound. Then candidates are scored best bound first until a bound falls below the k-th exact score.
     * Profiles no list reaches can score at most the constant (fields, a common language) plus the unread part:
     * those are scored only when that could reach the k-th score (tiny or odd corpora). Needs {@link #exact()}.
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
        var maxima = bound.publications() > 0 ? seeker.publications().maxima() : SparseVector.EMPTY;
        var pivots = bound.pivots() > 0 ? seeker.pivots().weights() : SparseVector.EMPTY;
        s.lists(seeker.concepts().size() + seeker.lexical().size() + maxima.size() + pivots.size());
        int n = 0;
        if (bound.concepts() > 0) {
            n = addLists(s, n, 0, conceptPostings, seeker.concepts(), bound.concepts(), bound.concepts());
        }
        if (bound.words() > 0) {
            n = addLists(s, n, 1, lexicalPostings, seeker.lexical(), bound.words(), bound.words());
        }
        n = addLists(s, n, 2, publicationPostings, maxima, 1, bound.publications());
        // Pivot terms add to the same part of the bound as words and concepts (a plain weighted dot product).
        n = addLists(s, n, 3, pivotPostings, pivots, bound.pivots(), bound.pivots());
        long[] keys = s.listKeys;
        Arrays.sort(keys, 0, n);
        // tails[j]: what the lists from the j-th most promising on can still add (words and concepts; publications).
        double[] tailWords = s.tailWords;
        double[] tailPublications = s.tailPublications;
        tailWords[n] = 0;
        tailPublications[n] = 0;
        for (int j = n - 1; j >= 0; j--) {
            int l = (int) keys[n - 1 - j];
            boolean publication = s.listFamily[l] == 2;
            tailWords[j] = tailWords[j + 1] + (publication ? 0 : s.listMost[l]);
            tailPublications[j] = tailPublications[j + 1] + (publication ? s.listMost[l] : 0);
        }
        var best = new Best(k);
        int mine = seeker.country();
        int j = 0;
        for (; j < Math.min(n, SEED_LISTS); j++) {
            read(s, (int) keys[n - 1 - j], epoch);
        }
        // The best candidates so far: their exact scores set the bar for the rest.
        var seed = new TopPool(SEED);
        for (int i = 0; i < touched.size; i++) {
            int doc = touched.values[i];
            if (doc != self && CountryRule.allows(mine, countries[doc])) {
                seed.offer(doc, (float) bound(s.words[doc], s.publications[doc]));
            }
        }
        for (int doc : seed.docs()) {
            best.offer(doc, scoring.score(docs[doc]));
            s.scored[doc] = epoch;
        }
        // Stop only when the unread lists' whole part is tiny too: it is added to the bound of every profile met,
        // and a larger one made thousands of them worth scoring (measured: 30x slower than reading on).
        while (j < n && (best.reachable(bound(tailWords[j], tailPublications[j]))
                || tailWords[j] + bound.publications() * Math.min(1, tailPublications[j]) > MAX_UNREAD)) {
            read(s, (int) keys[n - 1 - j], epoch);
            j++;
        }
        double unreadWords = tailWords[j];
        double unreadPublications = tailPublications[j];
        s.candidates(touched.size);
        int m = 0;
        for (int i = 0; i < touched.size; i++) {
            int doc = touched.values[i];
            if (s.scored[doc] != epoch && doc != self && CountryRule.allows(mine, countries[doc])) {
                float b = (float) bound(s.words[doc] + unreadWords, s.publications[doc] + unreadPublications);
                if (best.reachable(b)) {
                    s.keys[m++] = (long) Float.floatToIntBits(b) << 32 | doc;
                }
            }
        }
        Arrays.sort(s.keys, 0, m);
        for (int x = m - 1; x >= 0; x--) {
            if (!best.reachable(Float.intBitsToFloat((int) (s.keys[x] >>> 32)))) {
                break;
            }
            int doc = (int) s.keys[x];
            best.offer(doc, scoring.score(docs[doc]));
        }
        if (best.reachable(bound(unreadWords, unreadPublications))) {
            // Fields and a common language (and unread lists) could still reach the top k: the profiles not met.
            for (int doc = 0; doc < docs.length; doc++) {
                if (s.seen[doc] != epoch && doc != self && CountryRule.allows(mine, countries[doc])) {
                    best.offer(doc, scoring.score(docs[doc]));
                }
            }
        }
        return best.ranked();
    }

    /** The most the lists left unread may add to a bound (of scores of about 0.3 to 0.8 for a 10th partner). */
    private static final double MAX_UNREAD = 0.005;

    /** How many of the most promising lists are read before the first candidates are scored. */
    private static final int SEED_LISTS = 16;

    /** The bound of a pair from its (partial) word-and-concept part and publication-maxima dot product. */
    private double bound(double words, double publications) {
        return words * (1 + RELATIVE_SLACK) + bound.publications() * Math.min(1, publications * (1 + RELATIVE_SLACK))
                + bound.constant() + ABSOLUTE_SLACK;
    }

    /** Lists the query's dimensions with what each can add at most (its key orders them by that). */
    private static int addLists(Scratch s, int n, int family, Postings postings, SparseVector query, double factor,
                                double impact) {
        for (int i = 0; i < query.size(); i++) {
            int d = query.dim(i);
            float highest = postings.highest(d);
            if (highest > 0) {
                s.listFamily[n] = (byte) family;
                s.listDim[n] = d;
                s.listFactor[n] = (float) (factor * query.weight(i));
                s.listMost[n] = (double) s.listFactor[n] * highest;
                s.listKeys[n] = (long) Float.floatToIntBits((float) (impact * query.weight(i) * highest)) << 32 | n;
                n++;
            }
        }
        return n;
    }

    private void read(Scratch s, int list, int epoch) {
        switch (s.listFamily[list]) {
            case 0 -> conceptPostings.accumulateList(s.listDim[list], s.listFactor[list], s.words, s.publications, s.seen,
                    epoch, s.touched);
            case 1 -> lexicalPostings.accumulateList(s.listDim[list], s.listFactor[list], s.words, s.publications, s.seen,
                    epoch, s.touched);
            case 3 -> pivotPostings.accumulateList(s.listDim[list], s.listFactor[list], s.words, s.publications, s.seen,
                    epoch, s.touched);
            default -> publicationPostings.accumulateList(s.listDim[list], s.listFactor[list], s.publications, s.words,
                    s.seen, epoch, s.touched);
        }
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
        boolean reachable(double bound) {
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

    /** Per-thread arrays of one query, reused: accumulators, the query's marks on each document, lists, candidates. */
    private static final class Scratch {
        float[] words = new float[0];
        float[] publications = new float[0];
        int[] seen = new int[0];
        int[] scored = new int[0];
        int epoch;
        final Postings.IntList touched = new Postings.IntList();
        long[] keys = new long[0];
        byte[] listFamily = new byte[0];
        int[] listDim = new int[0];
        float[] listFactor = new float[0];
        double[] listMost = new double[0];
        long[] listKeys = new long[0];
        double[] tailWords = new double[1];
        double[] tailPublications = new double[1];

        void prepare(int documents) {
            if (seen.length < documents) {
                words = new float[documents];
                publications = new float[documents];
                seen = new int[documents];
                scored = new int[documents];
                epoch = 0;
            }
            if (epoch == Integer.MAX_VALUE) {
                Arrays.fill(seen, 0);
                Arrays.fill(scored, 0);
                epoch = 0;
            }
            epoch++;
            touched.size = 0;
        }

        void lists(int max) {
            if (listDim.length < max) {
                listFamily = new byte[max];
                listDim = new int[max];
                listFactor = new float[max];
                listMost = new double[max];
                listKeys = new long[max];
                tailWords = new double[max + 1];
                tailPublications = new double[max + 1];
            }
        }

        void candidates(int max) {
            if (keys.length < max) {
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
