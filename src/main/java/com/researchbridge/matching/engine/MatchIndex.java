package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors of all profiles (concepts and language-tagged words, each L2-normalised), per-publication
 * vectors, and inverted lists for fast top-k search. Weights: (1 + ln tf) × idf, idf = ln((N + 1)/(df + 1)) + 1.
 * Immutable: a changed profile set means a new index (building is parallel and takes seconds).
 */
final class MatchIndex implements MatchEngine {

    private static final int MAX_QUERY_DIMS = 48;
    private static final int RERANK_POOL = 60;
    private static final int REASON_CONCEPTS = 5;
    private static final float MAIN_LANGUAGE_SHARE = 0.2f;

    private final List<MatchProfile> profiles;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Vocabulary vocabulary;
    private final MatchingWeights weights;
    private final SparseVector[] concepts;
    private final SparseVector[] lexical;
    private final SparseVector[][] publications;
    /** Bit set of the text languages of each profile's words (bit = TextLanguage ordinal). */
    private final int[] textLanguages;
    /** Each profile's fields of research as inferred from its concepts (L2-normalised), for profiles without declared fields. */
    private final SparseVector[] inferredFields;
    /** Country code of a profile taken out of the index since the last full build. */
    private static final int REMOVED = 0;
    private static final int KZ = 1;
    private static final int CN = 2;
    /** Country of each profile as a number: KZ, CN, or another code per distinct other country. */
    private final int[] countries;
    private final Postings conceptPostings;
    private final Postings lexicalPostings;
    private final FeatureExtractor extractor;
    private final Map<String, Integer> termIds;
    private final float[] termIdf;
    private final float[] conceptIdf;
    private final ThreadLocal<float[]> accumulators;
    private final Map<String, Integer> fieldIds;
    private final Map<String, Integer> otherCountries;
    /** Profiles changed, added or removed one by one since the last full build. */
    private final int updates;

    private MatchIndex(List<MatchProfile> profiles, Vocabulary vocabulary, MatchingWeights weights,
                       SparseVector[] concepts, SparseVector[] lexical, SparseVector[][] publications,
                       int[] textLanguages, int terms, FeatureExtractor extractor, Map<String, Integer> termIds,
                       float[] termIdf, float[] conceptIdf) {
        this.extractor = extractor;
        this.termIds = termIds;
        this.termIdf = termIdf;
        this.conceptIdf = conceptIdf;
        this.profiles = profiles;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.concepts = concepts;
        this.lexical = lexical;
        this.publications = publications;
        this.textLanguages = textLanguages;
        this.fieldIds = new HashMap<>();
        vocabulary.concepts().forEach(c -> fieldIds.putIfAbsent(c.field(), fieldIds.size()));
        this.inferredFields = new SparseVector[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            inferredFields[i] = inferredField(concepts[i]);
        }
        this.countries = new int[profiles.size()];
        this.otherCountries = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            countries[i] = countryCode(profiles.get(i));
        }
        this.updates = 0;
        for (int i = 0; i < profiles.size(); i++) {
            ordinals.putIfAbsent(profiles.get(i).id(), i);
        }
        this.conceptPostings = new Postings(concepts, vocabulary.size());
        this.lexicalPostings = new Postings(lexical, terms);
        this.accumulators = ThreadLocal.withInitial(() -> new float[profiles.size()]);
    }

    /** A copy of {@code base} with the arrays of one update; see {@link #withProfile}. */
    private MatchIndex(MatchIndex base, List<MatchProfile> profiles, SparseVector[] concepts, SparseVector[] lexical,
                       SparseVector[][] publications, int[] textLanguages, SparseVector[] inferredFields, int[] countries,
                       Map<String, Integer> ordinals, Postings conceptPostings, Postings lexicalPostings) {
        this.extractor = base.extractor;
        this.termIds = base.termIds;
        this.termIdf = base.termIdf;
        this.conceptIdf = base.conceptIdf;
        this.vocabulary = base.vocabulary;
        this.weights = base.weights;
        this.fieldIds = base.fieldIds;
        this.otherCountries = base.otherCountries;
        this.profiles = profiles;
        this.concepts = concepts;
        this.lexical = lexical;
        this.publications = publications;
        this.textLanguages = textLanguages;
        this.inferredFields = inferredFields;
        this.countries = countries;
        this.ordinals.putAll(ordinals);
        this.conceptPostings = conceptPostings;
        this.lexicalPostings = lexicalPostings;
        this.updates = base.updates + 1;
        int size = profiles.size();
        this.accumulators = ThreadLocal.withInitial(() -> new float[size]);
    }

    /**
     * This index with one profile changed, added or (when {@code profile} is {@code null}) taken out, without
     * reading the others again: the word ids and IDF weights of the last full build are kept (a word no other
     * profile has cannot make two profiles alike anyway), so the update costs one profile's analysis and a
     * copy of a few arrays. A full build now and then refreshes the weights. This index is left unchanged.
     */
    @Override
    public synchronized MatchIndex withProfile(String id, MatchProfile profile) {
        Integer at = ordinals.get(id);
        if (profile == null && at == null) {
            return this;
        }
        int doc = at != null ? at : profiles.size();
        int n = Math.max(profiles.size(), doc + 1);
        var newProfiles = new ArrayList<>(profiles);
        var newConcepts = Arrays.copyOf(concepts, n);
        var newLexical = Arrays.copyOf(lexical, n);
        var newPublications = Arrays.copyOf(publications, n);
        var newLanguages = Arrays.copyOf(textLanguages, n);
        var newFields = Arrays.copyOf(inferredFields, n);
        var newCountries = Arrays.copyOf(countries, n);
        var newOrdinals = new HashMap<>(ordinals);
        SparseVector oldConcepts = at != null ? concepts[doc] : SparseVector.EMPTY;
        SparseVector oldLexical = at != null ? lexical[doc] : SparseVector.EMPTY;
        if (profile == null) {
            newConcepts[doc] = SparseVector.EMPTY;
            newLexical[doc] = SparseVector.EMPTY;
            newPublications[doc] = new SparseVector[0];
            newLanguages[doc] = 0;
            newFields[doc] = SparseVector.EMPTY;
            newCountries[doc] = REMOVED;
            newOrdinals.remove(id);
        } else {
            TermCounts counts = extractor.profile(profile);
            newConcepts[doc] = conceptVector(counts, conceptIdf);
            newLexical[doc] = lexicalVector(counts, termIds, termIdf);
            newPublications[doc] = extractor.publicationUnits(profile).stream()
                    .map(p -> combined(p, termIds, termIdf, conceptIdf)).toArray(SparseVector[]::new);
            newLanguages[doc] = mainLanguages(counts);
            newFields[doc] = inferredField(newConcepts[doc]);
            newCountries[doc] = countryCode(profile);
            newOrdinals.put(id, doc);
            if (doc < newProfiles.size()) {
                newProfiles.set(doc, profile);
            } else {
                newProfiles.add(profile);
            }
        }
        return new MatchIndex(this, List.copyOf(newProfiles), newConcepts, newLexical, newPublications, newLanguages,
                newFields, newCountries, newOrdinals, conceptPostings.replaced(doc, oldConcepts, newConcepts[doc]),
                lexicalPostings.replaced(doc, oldLexical, newLexical[doc]));
    }

    /** How many profiles were updated one by one since the last full build. */
    @Override
    public int updatesSinceBuild() {
        return updates;
    }

    private SparseVector inferredField(SparseVector conceptVector) {
        var weightsByField = new float[fieldIds.size()];
        for (int k = 0; k < conceptVector.size(); k++) {
            Integer field = fieldIds.get(vocabulary.get(conceptVector.dim(k)).field());
            if (field != null) {
                weightsByField[field] += conceptVector.weight(k);
            }
        }
        int[] dims = new int[weightsByField.length];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = d;
        }
        return SparseVector.normalised(dims, weightsByField);
    }

    private int countryCode(MatchProfile profile) {
        String country = String.valueOf(profile.country());
        return switch (country) {
            case "KZ" -> KZ;
            case "CN" -> CN;
            default -> otherCountries.computeIfAbsent(country, c -> 3 + otherCountries.size());
        };
    }

    static MatchIndex build(List<MatchProfile> profiles, FeatureExtractor extractor, Vocabulary vocabulary,
                                   MatchingWeights weights) {
        return build(profiles, extractor, vocabulary, weights, new java.util.concurrent.atomic.AtomicInteger());
    }

    /** Builds the index, counting analysed profiles in {@code analysed} so that callers can show progress. */
    static MatchIndex build(List<MatchProfile> profiles, FeatureExtractor extractor, Vocabulary vocabulary,
                                   MatchingWeights weights, java.util.concurrent.atomic.AtomicInteger analysed) {
        int n = profiles.size();
        TermCounts[] counts = new TermCounts[n];
        List<List<TermCounts>> publicationCounts = new ArrayList<>(java.util.Collections.nCopies(n, null));
        IntStream.range(0, n).parallel().forEach(i -> {
            counts[i] = extractor.profile(profiles.get(i));
            publicationCounts.set(i, extractor.publicationUnits(profiles.get(i)));
            analysed.incrementAndGet();
        });

        var termIds = new HashMap<String, Integer>();
        var termDf = new IntList();
        int[] conceptDf = new int[vocabulary.size()];
        for (TermCounts c : counts) {
            for (String term : c.lexical.keySet()) {
                int id = termIds.computeIfAbsent(term, t -> termDf.addAndIndex(0));
                termDf.values[id]++;
            }
            c.concepts.keySet().forEach(concept -> conceptDf[concept]++);
        }
        float[] termIdf = idf(termDf.values, termDf.size, n);
        float[] conceptIdf = idf(conceptDf, conceptDf.length, n);

        var conceptVectors = new SparseVector[n];
        var lexicalVectors = new SparseVector[n];
        var publicationVectors = new SparseVector[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            conceptVectors[i] = conceptVector(counts[i], conceptIdf);
            lexicalVectors[i] = lexicalVector(counts[i], termIds, termIdf);
            publicationVectors[i] = publicationCounts.get(i).stream()
                    .map(p -> combined(p, termIds, termIdf, conceptIdf)).toArray(SparseVector[]::new);
        });
        int[] languages = new int[n];
        for (int i = 0; i < n; i++) {
            languages[i] = mainLanguages(counts[i]);
        }
        return new MatchIndex(List.copyOf(profiles), vocabulary, weights, conceptVectors, lexicalVectors,
                publicationVectors, languages, termDf.size, extractor, termIds, termIdf, conceptIdf);
    }

    /**
     * The languages a profile is really written in: those carrying at least a fifth of its words. A Latin
     * instrument name in a Kazakh text does not make the profile English.
     */
    private static int mainLanguages(TermCounts counts) {
        var perLanguage = new float[TextLanguage.values().length];
        float total = 0;
        for (var e : counts.lexical.entrySet()) {
            perLanguage[languageOf(e.getKey()).ordinal()] += e.getValue();
            total += e.getValue();
        }
        int mask = 0;
        for (int l = 0; l < perLanguage.length; l++) {
            if (total > 0 && perLanguage[l] >= MAIN_LANGUAGE_SHARE * total) {
                mask |= 1 << l;
            }
        }
        return mask;
    }

    private static TextLanguage languageOf(String term) {
        return TextLanguage.fromCode(term.substring(0, term.indexOf(':'))).orElse(TextLanguage.OTHER);
    }

    private static float[] idf(int[] df, int size, int n) {
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            idf[i] = (float) (Math.log((n + 1.0) / (df[i] + 1.0)) + 1);
        }
        return idf;
    }

    private static float tf(float count) {
        return (float) (1 + Math.log(Math.max(1f, count)));
    }

    private static SparseVector conceptVector(TermCounts c, float[] idf) {
        int[] dims = new int[c.concepts.size()];
        float[] w = new float[dims.length];
        int k = 0;
        for (var e : c.concepts.entrySet()) {
            if (e.getKey() >= idf.length) {
                continue; // a concept an administrator added after this index was built; the next build has it
            }
            dims[k] = e.getKey();
            w[k++] = tf(e.getValue()) * idf[e.getKey()];
        }
        return SparseVector.normalised(java.util.Arrays.copyOf(dims, k), java.util.Arrays.copyOf(w, k));
    }

    private static SparseVector lexicalVector(TermCounts c, Map<String, Integer> ids, float[] idf) {
        int[] dims = new int[c.lexical.size()];
        float[] w = new float[dims.length];
        int k = 0;
        for (var e : c.lexical.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id != null) {
                dims[k] = id;
                w[k++] = tf(e.getValue()) * idf[id];
            }
        }
        return SparseVector.normalised(Arrays.copyOf(dims, k), Arrays.copyOf(w, k));
    }

    /** A publication in one space: words first, then concepts offset past the last word id. */
    private static SparseVector combined(TermCounts c, Map<String, Integer> ids, float[] termIdf, float[] conceptIdf) {
        int[] dims = new int[c.lexical.size() + c.concepts.size()];
        float[] w = new float[dims.length];
        int k = 0;
        for (var e : c.lexical.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id != null) {
                dims[k] = id;
                w[k++] = tf(e.getValue()) * termIdf[id];
            }
        }
        for (var e : c.concepts.entrySet()) {
            dims[k] = termIdf.length + e.getKey();
            w[k++] = tf(e.getValue()) * conceptIdf[e.getKey()];
        }
        return SparseVector.normalised(Arrays.copyOf(dims, k), Arrays.copyOf(w, k));
    }

    /** How many profiles the index holds (taken-out ones not counted). */
    @Override
    public int size() {
        return ordinals.size();
    }

    /** The ids of all indexed profiles, in index order. */
    @Override
    public List<String> ids() {
        return IntStream.range(0, profiles.size()).filter(i -> countries[i] != REMOVED)
                .mapToObj(i -> profiles.get(i).id()).toList();
    }

    public java.util.Optional<MatchProfile> profile(String id) {
        Integer i = ordinals.get(id);
        return i == null ? java.util.Optional.empty() : java.util.Optional.of(profiles.get(i));
    }

    /** The best {@code k} partners for a profile, best first, among the candidates its country allows. */
    @Override
    public List<Match> topMatches(String id, int k, TextLanguage readerLanguage) {
        Integer seeker = ordinals.get(id);
        if (seeker == null || k <= 0) {
            return List.of();
        }
        float[] acc = accumulators.get();
        var touched = new Postings.IntList();
        // Candidates are ranked first by the cross-language concept weight and words; the exact score, which
        // lowers the concept weight for pairs that share a language, is computed for the pool below.
        conceptPostings.accumulate(concepts[seeker], weights.concepts(), MAX_QUERY_DIMS, acc, touched);
        lexicalPostings.accumulate(lexical[seeker], weights.lexical(), MAX_QUERY_DIMS, acc, touched);

        var pool = new TopPool(Math.max(RERANK_POOL, 3 * k));
        for (int i = 0; i < touched.size; i++) {
            int doc = touched.values[i];
            if (isCandidate(seeker, doc)) {
                pool.offer(doc, acc[doc]);
            }
            acc[doc] = 0;
        }
        if (pool.count < k) {
            // Too few profiles share a word or concept (a short profile, or one in words the vocabulary lacks):
            // the candidates of its field still come, ranked by the same exact score.
            var pooled = java.util.Arrays.stream(pool.docs()).boxed().collect(java.util.stream.Collectors.toSet());
            for (int doc = 0; doc < countries.length; doc++) {
                if (!pooled.contains(doc) && isCandidate(seeker, doc)) {
                    double field = fieldSimilarity(seeker, doc);
                    if (field > 0) {
                        pool.offer(doc, (float) (weights.field() * field));
                    }
                }
            }
        }
        int[] docs = pool.docs();
        double[] exact = new double[docs.length];
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            exact[i] = score(seeker, docs[i]);
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(exact[y], exact[x]));
        var result = new ArrayList<Match>(Math.min(k, docs.length));
        for (int i = 0; i < Math.min(k, docs.length); i++) {
            result.add(explain(seeker, docs[order[i]], exact[order[i]], readerLanguage));
        }
        return List.copyOf(result);
    }

    /**
     * The best {@code k} indexed profiles for a text that is not itself indexed (a collaboration topic), from
     * the countries its {@code country} allows, scored on concepts and words.
     */
    @Override
    public List<Match> topMatchesFor(MatchProfile external, int k, TextLanguage readerLanguage) {
        var counts = extractor.profile(external);
        SparseVector qc = conceptVector(counts, conceptIdf);
        SparseVector ql = lexicalVector(counts, termIds, termIdf);
        int mine = switch (String.valueOf(external.country())) {
            case "KZ" -> KZ;
            case "CN" -> CN;
            default -> -1;
        };
        float[] acc = accumulators.get();
        var touched = new Postings.IntList();
        conceptPostings.accumulate(qc, weights.concepts(), MAX_QUERY_DIMS, acc, touched);
        lexicalPostings.accumulate(ql, weights.lexical(), MAX_QUERY_DIMS, acc, touched);
        var pool = new TopPool(Math.max(RERANK_POOL, 3 * k));
        for (int i = 0; i < touched.size; i++) {
            int doc = touched.values[i];
            boolean candidate = mine == KZ || mine == CN ? countries[doc] == (mine == KZ ? CN : KZ) : true;
            if (candidate && !profiles.get(doc).id().equals(external.id())) {
                pool.offer(doc, acc[doc]);
            }
            acc[doc] = 0;
        }
        var result = new ArrayList<Match>();
        for (int doc : pool.docs()) {
            double score = weights.concepts() * qc.dot(concepts[doc]) + weights.lexical() * ql.dot(lexical[doc]);
            result.add(new Match(profiles.get(doc).id(), score, sharedConcepts(qc, concepts[doc], readerLanguage), null, List.of()));
        }
        result.sort(Comparator.comparingDouble(Match::score).reversed());
        return result.size() > k ? List.copyOf(result.subList(0, k)) : List.copyOf(result);
    }

    /** KZ and CN profiles meet the other country only; any other country meets everyone else. */
    private boolean isCandidate(int seeker, int doc) {
        if (seeker == doc) {
            return false;
        }
        int mine = countries[seeker];
        int theirs = countries[doc];
        if (theirs == REMOVED || mine == REMOVED) {
            return false;
        }
        return mine == KZ || mine == CN ? theirs == (mine == KZ ? CN : KZ) : theirs != mine;
    }

    /** The {@code size} documents with the highest partial scores seen so far. */
    private static final class TopPool {
        private final int[] docs;
        private final float[] scores;
        private int count;

        TopPool(int size) {
            docs = new int[size];
            scores = new float[size];
        }

        void offer(int doc, float score) {
            if (count < docs.length) {
                docs[count] = doc;
                scores[count++] = score;
                return;
            }
            int min = 0;
            for (int i = 1; i < count; i++) {
                if (scores[i] < scores[min]) {
                    min = i;
                }
            }
            if (score > scores[min]) {
                docs[min] = doc;
                scores[min] = score;
            }
        }

        int[] docs() {
            return Arrays.copyOf(docs, count);
        }
    }

    /** The score of one pair, as {@link #topMatches} would compute it; 0 for unknown ids. */
    @Override
    public double score(String a, String b) {
        Integer i = ordinals.get(a);
        Integer j = ordinals.get(b);
        return i == null || j == null ? 0 : score(i, j);
    }

    private double score(int a, int b) {
        double conceptWeight = (textLanguages[a] & textLanguages[b]) != 0 ? weights.conceptsSharedLanguage() : weights.concepts();
        return conceptWeight * concepts[a].dot(concepts[b]) + weights.lexical() * lexical[a].dot(lexical[b])
                + weights.publications() * publicationSimilarity(a, b)
                + weights.field() * fieldSimilarity(a, b)
                + weights.language() * (commonLanguages(profiles.get(a), profiles.get(b)).isEmpty() ? 0 : 1);
    }

    /** Mean similarity of the three best-matched publications of {@code a} with any publication of {@code b}. */
    private double publicationSimilarity(int a, int b) {
        SparseVector[] mine = publications[a];
        SparseVector[] theirs = publications[b];
        if (mine.length == 0 || theirs.length == 0) {
            return 0;
        }
        double[] best = new double[mine.length];
        for (int i = 0; i < mine.length; i++) {
            for (SparseVector other : theirs) {
                best[i] = Math.max(best[i], mine[i].dot(other));
            }
        }
        Arrays.sort(best);
        int top = Math.min(3, best.length);
        double sum = 0;
        for (int i = 0; i < top; i++) {
            sum += best[best.length - 1 - i];
        }
        return sum / top;
    }

    /**
     * Declared fields where both profiles have them; otherwise, across languages only (like concepts), the
     * fields their concepts belong to. Within a shared language the words already tell the fields apart.
     */
    private double fieldSimilarity(int a, int b) {
        MatchProfile pa = profiles.get(a);
        MatchProfile pb = profiles.get(b);
        if (!pa.fields().isEmpty() && !pb.fields().isEmpty()) {
            return fieldOverlap(pa, pb);
        }
        return (textLanguages[a] & textLanguages[b]) != 0 ? 0 : inferredFields[a].dot(inferredFields[b]);
    }

    private static double fieldOverlap(MatchProfile a, MatchProfile b) {
        long shared = a.fields().stream().filter(b.fields()::contains).count();
        return (double) shared / Math.min(a.fields().size(), b.fields().size());
    }

    static List<String> commonLanguages(MatchProfile a, MatchProfile b) {
        Set<TextLanguage> mine = languagesOf(a);
        Set<TextLanguage> theirs = languagesOf(b);
        return mine.stream().filter(theirs::contains).map(TextLanguage::code).toList();
    }

    private static Set<TextLanguage> languagesOf(MatchProfile p) {
        var result = new LinkedHashSet<>(p.spokenLanguages());
        if (p.language() != null && p.language() != TextLanguage.OTHER) {
            result.add(p.language());
        }
        if ((p.summaryEn() != null && !p.summaryEn().isBlank()) || !p.keywordsEn().isEmpty()) {
            result.add(TextLanguage.EN);
        }
        return result;
    }

    private Match explain(int a, int b, double score, TextLanguage reader) {
        return new Match(profiles.get(b).id(), score, sharedConcepts(concepts[a], concepts[b], reader), closestWork(a, b),
                commonLanguages(profiles.get(a), profiles.get(b)));
    }

    /** The concepts two vectors share, strongest contribution first, labelled in the reader's language. */
    private List<String> sharedConcepts(SparseVector ca, SparseVector cb, TextLanguage reader) {
        var contributions = new ArrayList<double[]>();
        for (int i = 0, j = 0; i < ca.size() && j < cb.size(); ) {
            if (ca.dim(i) == cb.dim(j)) {
                contributions.add(new double[] {ca.dim(i), (double) ca.weight(i) * cb.weight(j)});
                i++;
                j++;
            } else if (ca.dim(i) < cb.dim(j)) {
                i++;
            } else {
                j++;
            }
        }
        contributions.sort((x, y) -> Double.compare(y[1], x[1]));
        return contributions.stream().limit(REASON_CONCEPTS).map(x -> vocabulary.get((int) x[0]).label(reader)).toList();
    }

    private Match.PublicationPair closestWork(int a, int b) {
        var mine = profiles.get(a).publications();
        var theirs = profiles.get(b).publications();
        Match.PublicationPair best = null;
        for (int i = 0; i < publications[a].length && i < mine.size(); i++) {
            for (int j = 0; j < publications[b].length && j < theirs.size(); j++) {
                double s = publications[a][i].dot(publications[b][j]);
                if (s > 0 && (best == null || s > best.similarity())) {
                    best = new Match.PublicationPair(mine.get(i).title(), theirs.get(j).title(), s);
                }
            }
        }
        return best;
    }

    /** A growable int array with its size. */
    private static final class IntList {
        int[] values = new int[1024];
        int size;

        int addAndIndex(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = v;
            return size++;
        }
    }
}
