package com.researchbridge.matching.engine;

import com.researchbridge.matching.MatchStrength;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The exact engine: profiles as {@link ProfileVectors} (no texts kept beyond publication titles), a
 * {@link CandidateSearch} for the pool, one {@link PairScorer} for profiles and topics alike, and
 * {@link Explanations}. Immutable: {@link #withProfile} copies what one profile changes.
 * In exhaustive mode the pool is every candidate the country rule allows (the reference for recall).
 */
final class MatchIndex implements MatchEngine {

    /** How many candidates, per requested result, are judged for strength before weak ones fill the rest. */
    private static final int JUDGED_PER_RESULT = 3;
    private static final int JUDGED_EXTRA = 20;

    private final Vectoriser vectoriser;
    private final PairScorer scorer;
    private final Explanations explanations;
    private final MatchingWeights weights;
    private final ProfileVectors[] docs;
    /** The country number of each document (a copy of docs[i].country(), compact for the candidate filter). */
    private final int[] countries;
    private final Map<String, Integer> ordinals;
    private final CandidateSearch search;
    private final int updates;
    private final boolean exhaustive;

    private MatchIndex(Vectoriser vectoriser, PairScorer scorer, MatchingWeights weights, ProfileVectors[] docs,
                       int[] countries, Map<String, Integer> ordinals, CandidateSearch search, int updates,
                       boolean exhaustive) {
        this.vectoriser = vectoriser;
        this.scorer = scorer;
        this.explanations = new Explanations(vectoriser.vocabulary());
        this.weights = weights;
        this.docs = docs;
        this.countries = countries;
        this.ordinals = ordinals;
        this.search = search;
        this.updates = updates;
        this.exhaustive = exhaustive;
    }

    static MatchIndex build(List<MatchProfile> profiles, FeatureExtractor extractor, Vocabulary vocabulary,
                            MatchingWeights weights) {
        return build(profiles, extractor, vocabulary, weights, new AtomicInteger());
    }

    /** Builds the index, counting analysed profiles in {@code analysed} so that callers can show progress. */
    static MatchIndex build(List<MatchProfile> profiles, FeatureExtractor extractor, Vocabulary vocabulary,
                            MatchingWeights weights, AtomicInteger analysed) {
        var vectoriser = new Vectoriser[1];
        ProfileVectors[] docs = Vectoriser.build(profiles, extractor, vocabulary, analysed, vectoriser);
        var ordinals = new HashMap<String, Integer>();
        int[] countries = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            // A repeated id: the first profile is the one found by id, as before; the later one stays a candidate.
            ordinals.putIfAbsent(docs[i].id(), i);
            countries[i] = docs[i].country();
        }
        var scorer = new PairScorer(weights);
        return new MatchIndex(vectoriser[0], scorer, weights, docs, countries, ordinals,
                CandidateSearch.over(docs, vectoriser[0], weights, scorer.bound()), 0, false);
    }

    /** The same index ranking every allowed candidate with the exact score: no pruning. */
    MatchIndex exhaustive() {
        return new MatchIndex(vectoriser, scorer, weights, docs, countries, ordinals, search, updates, true);
    }

    /** The same index with its candidate search looking as far as {@code limits} say (for recall checks). */
    MatchIndex withLimits(CandidateSearch.Limits limits) {
        return new MatchIndex(vectoriser, scorer, weights, docs, countries, ordinals, search.withLimits(limits), updates,
                exhaustive);
    }

    /**
     * This index with one profile changed, added or (when {@code profile} is {@code null}) taken out, without
     * reading the others again: the word ids and IDF weights of the last full build are kept, so the update
     * costs one profile's analysis and a copy of a few arrays. A new profile takes the place of one taken out
     * if there is one, so that a profile removed and added again and again does not grow the index. A full
     * build now and then refreshes the weights. This index is left unchanged.
     */
    @Override
    public MatchIndex withProfile(String id, MatchProfile profile) {
        Integer at = ordinals.get(id);
        if (profile == null && at == null) {
            return this;
        }
        if (profile != null && !id.equals(profile.id())) {
            profile = new MatchProfile(id, profile.country(), profile.language(), profile.name(), profile.institution(),
                    profile.summary(), profile.keywords(), profile.summaryEn(), profile.keywordsEn(),
                    profile.publications(), profile.fields(), profile.spokenLanguages(), profile.otherVersions());
        }
        ProfileVectors after = profile == null ? ProfileVectors.removed(id) : vectoriser.vectorise(profile);
        int doc = at != null ? at : freeSlot();
        int n = Math.max(docs.length, doc + 1);
        var newDocs = Arrays.copyOf(docs, n);
        var newCountries = Arrays.copyOf(countries, n);
        ProfileVectors before = doc < docs.length ? docs[doc] : ProfileVectors.removed(id);
        newDocs[doc] = after;
        newCountries[doc] = after.country();
        Map<String, Integer> newOrdinals = ordinals;
        if (profile == null) {
            newOrdinals = new HashMap<>(ordinals);
            newOrdinals.remove(id);
        } else if (at == null) {
            newOrdinals = new HashMap<>(ordinals);
            newOrdinals.put(id, doc);
        }
        // else: the profile keeps its document; the map of ids is shared, not copied (an edit costs the profile).

        return new MatchIndex(vectoriser, scorer, weights, newDocs, newCountries, newOrdinals,
                search.replaced(doc, before, after), updates + 1, exhaustive);
    }

    /** A document taken out since the last build, or the next new one. */
    private int freeSlot() {
        if (ordinals.size() < docs.length) {
            for (int doc = 0; doc < countries.length; doc++) {
                if (countries[doc] == CountryRule.REMOVED) {
                    return doc;
                }
            }
        }
        return docs.length;
    }

    @Override
    public int updatesSinceBuild() {
        return updates;
    }

    @Override
    public int size() {
        return ordinals.size();
    }

    @Override
    public List<String> ids() {
        return IntStream.range(0, docs.length).filter(i -> countries[i] != CountryRule.REMOVED)
                .mapToObj(i -> docs[i].id()).toList();
    }

    /** What the index holds, in entries (documents, postings, publication entries, titles), for growth checks. */
    long structureSize() {
        long n = docs.length + search.entries();
        for (ProfileVectors d : docs) {
            n += d.publications().entries() + d.titles().length + d.concepts().size() + d.lexical().size();
        }
        return n;
    }

    /** What the index keeps of one profile, or {@code null}. */
    ProfileVectors docsFor(String id) {
        Integer i = ordinals.get(id);
        return i == null ? null : docs[i];
    }

    @Override
    public List<Match> topMatches(String id, int k, TextLanguage reader) {
        Integer seeker = ordinals.get(id);
        if (seeker == null || k <= 0) {
            return List.of();
        }
        return rank(docs[seeker], seeker, k, reader);
    }

    /** A topic is vectorised like a profile and ranked with the same score and the same country rule. */
    @Override
    public List<Match> topMatchesFor(MatchProfile text, int k, TextLanguage reader) {
        if (k <= 0) {
            return List.of();
        }
        Integer self = ordinals.get(text.id());
        return rank(vectoriser.vectorise(text), self == null ? -1 : self, k, reader);
    }

    private List<Match> rank(ProfileVectors seeker, int self, int k, TextLanguage reader) {
        // Weak matches (no specific shared topic) come after all others: the best few times k by score are
        // explained and judged, the strong ones kept in score order, then the weak ones.
        int judged = (int) Math.min(Integer.MAX_VALUE, JUDGED_PER_RESULT * (long) k + JUDGED_EXTRA);
        CandidateSearch.Ranked ranked = !exhaustive && search.exact()
                ? search.top(seeker, self, judged, docs, countries, scorer.forSeeker(seeker))
                : scoredPool(seeker, self, k);
        var explain = explanations.forSeeker(seeker, reader);
        var result = new ArrayList<Match>(Math.min(k, ranked.docs().length));
        var weak = new ArrayList<Match>();
        for (int i = 0; i < Math.min(judged, ranked.docs().length) && result.size() < k; i++) {
            Match m = explain.explain(docs[ranked.docs()[i]], ranked.scores()[i]);
            if (m.strength() == MatchStrength.WEAK) {
                weak.add(m);
            } else {
                result.add(m);
            }
        }
        for (int i = 0; i < weak.size() && result.size() < k; i++) {
            result.add(weak.get(i));
        }
        return List.copyOf(result);
    }

    /** Every candidate (exhaustive) or the heuristic pool, scored exactly, best first. */
    private CandidateSearch.Ranked scoredPool(ProfileVectors seeker, int self, int k) {
        int[] pool = exhaustive ? CandidateSearch.everyCandidate(seeker, self, countries)
                : search.pool(seeker, self, k, docs, countries);
        var scoring = scorer.forSeeker(seeker);
        double[] exact = new double[pool.length];
        Integer[] order = new Integer[pool.length];
        int n = 0;
        for (int i = 0; i < pool.length; i++) {
            exact[i] = scoring.score(docs[pool[i]]);
            if (!exhaustive || exact[i] > 0) {
                order[n++] = i;
            }
        }
        // Equal scores by document, as the bounded search orders them.
        Arrays.sort(order, 0, n, (x, y) -> exact[y] != exact[x] ? Double.compare(exact[y], exact[x])
                : Integer.compare(pool[x], pool[y]));
        int[] rankedDocs = new int[n];
        double[] rankedScores = new double[n];
        for (int i = 0; i < n; i++) {
            rankedDocs[i] = pool[order[i]];
            rankedScores[i] = exact[order[i]];
        }
        return new CandidateSearch.Ranked(rankedDocs, rankedScores);
    }

    @Override
    public double score(String a, String b) {
        Integer i = ordinals.get(a);
        Integer j = ordinals.get(b);
        return i == null || j == null ? 0 : scorer.forSeeker(docs[i]).score(docs[j]);
    }
}
