package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.BroadConcepts;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Turns profiles into {@link ProfileVectors}: TF-IDF vectors of concepts and language-tagged words (each
 * L2-normalised), one vector per publication, languages and fields. Weights: (1 + ln tf) × idf,
 * idf = ln((N + 1)/(df + 1)) + 1; a broad concept's idf (a discipline name, a general method or quality, see
 * {@link BroadConcepts}) is multiplied by {@link BroadConcepts#WEIGHT}, as it names no specific shared topic. Word ids and IDF weights are fixed by the full build; a profile vectorised
 * later (an update, a topic) loses the words no built profile has, which could not make it like anyone anyway.
 */
final class Vectoriser {

    private static final float MAIN_LANGUAGE_SHARE = 0.2f;
    /** Titles are kept for reasons only; a pasted book in a title field is not. */
    static final int MAX_TITLE_CHARS = 300;

    private final FeatureExtractor extractor;
    private final Vocabulary vocabulary;
    private final Map<String, Integer> termIds;
    private final float[] termIdf;
    private final float[] conceptIdf;
    /** IDF of the pivot terms over the profiles' pivot vectors (indexed by word id). */
    private final float[] pivotIdf;
    private final Map<String, Integer> fieldIds = new HashMap<>();
    private final int[] conceptField;
    private final CountryRule countries = new CountryRule();

    private Vectoriser(FeatureExtractor extractor, Vocabulary vocabulary, Map<String, Integer> termIds, float[] termIdf,
                       float[] conceptIdf, float[] pivotIdf) {
        this.extractor = extractor;
        this.pivotIdf = pivotIdf;
        this.vocabulary = vocabulary;
        this.termIds = termIds;
        this.termIdf = termIdf;
        this.conceptIdf = conceptIdf;
        boolean[] broad = BroadConcepts.flags(vocabulary);
        for (int c = 0; c < conceptIdf.length && c < broad.length; c++) {
            if (broad[c]) {
                conceptIdf[c] *= BroadConcepts.WEIGHT;
            }
        }
        this.conceptField = new int[vocabulary.size()];
        for (int c = 0; c < vocabulary.size(); c++) {
            conceptField[c] = fieldIds.computeIfAbsent(vocabulary.get(c).field(), f -> fieldIds.size());
        }
    }

    /**
     * A unit's counts with word ids instead of words: what the build holds between reading and weighting. Pivot
     * terms (only for whole profiles) share the word ids; the evidence is kept for the strongest of them only.
     */
    private record Counts(int[] terms, float[] termCounts, int[] concepts, float[] conceptCounts,
                          int[] pivots, float[] pivotCounts, PivotEvidence[] pivotEvidence) {

        static final int[] NO_IDS = new int[0];
        static final float[] NO_COUNTS = new float[0];
        static final PivotEvidence[] NO_EVIDENCE = new PivotEvidence[0];

        static Counts of(TermCounts c, java.util.function.ToIntFunction<String> idOf) {
            return of(c, idOf, false);
        }

        static Counts of(TermCounts c, java.util.function.ToIntFunction<String> idOf, boolean withPivots) {
            int[] terms = new int[c.lexical.size()];
            float[] termCounts = new float[terms.length];
            int k = 0;
            for (var e : c.lexical.entrySet()) {
                int id = idOf.applyAsInt(e.getKey());
                if (id >= 0) {
                    terms[k] = id;
                    termCounts[k++] = e.getValue();
                }
            }
            int[] concepts = new int[c.concepts.size()];
            float[] conceptCounts = new float[concepts.length];
            int j = 0;
            for (var e : c.concepts.entrySet()) {
                concepts[j] = e.getKey();
                conceptCounts[j++] = e.getValue();
            }
            int[] pivots = NO_IDS;
            float[] pivotCounts = NO_COUNTS;
            PivotEvidence[] evidence = NO_EVIDENCE;
            if (withPivots && !c.pivots.isEmpty()) {
                var strongest = c.pivots.entrySet().stream().filter(e -> e.getValue() > 0)
                        .sorted(java.util.Map.Entry.<String, Float>comparingByValue().reversed())
                        .limit(PivotVector.MAX_DIMS * 4L).toList();
                pivots = new int[strongest.size()];
                pivotCounts = new float[pivots.length];
                evidence = new PivotEvidence[pivots.length];
                int p = 0;
                for (var e : strongest) {
                    int id = idOf.applyAsInt(e.getKey());
                    if (id >= 0) {
                        pivots[p] = id;
                        pivotCounts[p] = e.getValue();
                        evidence[p] = p < PivotVector.MAX_EXPLAINED * 2 ? c.pivotEvidence.get(e.getKey()) : null;
                        p++;
                    }
                }
                pivots = Arrays.copyOf(pivots, p);
                pivotCounts = Arrays.copyOf(pivotCounts, p);
                evidence = Arrays.copyOf(evidence, p);
            }
            return new Counts(Arrays.copyOf(terms, k), Arrays.copyOf(termCounts, k), concepts, conceptCounts,
                    pivots, pivotCounts, evidence);
        }
    }

    /**
     * All profiles analysed (in parallel, each text once), the word ids and IDF fixed, and vectorised. The
     * analysed counts are kept as arrays of word ids until weighting, not as maps of words, so that 100,000
     * profiles with publications fit in memory while being read.
     */
    static ProfileVectors[] build(List<MatchProfile> profiles, FeatureExtractor extractor, Vocabulary vocabulary,
                                  AtomicInteger analysed, Vectoriser[] built) {
        int n = profiles.size();
        var termIds = new java.util.concurrent.ConcurrentHashMap<String, Integer>();
        var nextId = new AtomicInteger();
        java.util.function.ToIntFunction<String> idOf = t -> termIds.computeIfAbsent(t, x -> nextId.getAndIncrement());
        var profileCounts = new Counts[n];
        var publicationCounts = new Counts[n][];
        int[] languages = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            var analysis = extractor.analyse(profiles.get(i));
            profileCounts[i] = Counts.of(analysis.profile(), idOf, true);
            publicationCounts[i] = analysis.publications().stream().map(u -> Counts.of(u, idOf)).toArray(Counts[]::new);
            languages[i] = mainLanguages(analysis.profile());
            analysed.incrementAndGet();
        });
        int[] termDf = new int[nextId.get()];
        int[] conceptDf = new int[vocabulary.size()];
        int[] pivotDf = new int[termDf.length];
        for (Counts c : profileCounts) {
            for (int t : c.terms()) {
                termDf[t]++;
            }
            for (int t : c.pivots()) {
                pivotDf[t]++;
            }
            for (int concept : c.concepts()) {
                if (concept < conceptDf.length) {
                    conceptDf[concept]++;
                }
            }
        }
        var vectoriser = new Vectoriser(extractor, vocabulary, termIds, idf(termDf, termDf.length, n),
                idf(conceptDf, conceptDf.length, n), idf(pivotDf, pivotDf.length, n));
        built[0] = vectoriser;
        var result = new ProfileVectors[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            result[i] = vectoriser.vectorise(profiles.get(i), profileCounts[i], publicationCounts[i], languages[i]);
            profileCounts[i] = null;
            publicationCounts[i] = null;
        });
        return result;
    }

    ProfileVectors vectorise(MatchProfile profile) {
        var analysis = extractor.analyse(profile);
        java.util.function.ToIntFunction<String> idOf = t -> termIds.getOrDefault(t, -1);
        return vectorise(profile, Counts.of(analysis.profile(), idOf, true),
                analysis.publications().stream().map(u -> Counts.of(u, idOf)).toArray(Counts[]::new),
                mainLanguages(analysis.profile()));
    }

    private ProfileVectors vectorise(MatchProfile profile, Counts counts, Counts[] publicationUnits, int textLanguages) {
        SparseVector concepts = conceptVector(counts);
        var publications = Arrays.stream(publicationUnits).map(this::publicationVector).toArray(SparseVector[]::new);
        var titles = profile.publications().stream().limit(publications.length)
                .map(p -> p.title() == null ? "" : p.title().length() > MAX_TITLE_CHARS ? p.title().substring(0, MAX_TITLE_CHARS) : p.title())
                .toArray(String[]::new);
        var fields = profile.fields().stream().sorted().toArray(String[]::new);
        return new ProfileVectors(profile.id(), countries.code(profile.country()), concepts, lexicalVector(counts),
                PublicationVectors.of(publications), textLanguages, workingLanguages(profile), fields,
                inferredField(concepts), titles, pivotVector(counts));
    }

    /**
     * Pivot weights are sums of sense weights below 1 for an ambiguous word: they count as they are up to 1 and
     * grow logarithmically beyond, like term counts, times the pivot term's IDF.
     */
    private PivotVector pivotVector(Counts c) {
        float[] w = new float[c.pivots().length];
        for (int i = 0; i < w.length; i++) {
            float count = c.pivotCounts()[i];
            w[i] = (count <= 1 ? count : tf(count)) * pivotIdf[c.pivots()[i]];
        }
        return PivotVector.of(c.pivots(), w, c.pivotEvidence());
    }

    /** Word ids then concept ids: the dimensions a publication vector can have. */
    int publicationDimensions() {
        return termIdf.length + conceptIdf.length;
    }

    int terms() {
        return termIdf.length;
    }

    int conceptDimensions() {
        return conceptIdf.length;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    int countryCode(String country) {
        return countries.code(country);
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

    /** Spoken languages, the declared language of the texts, and English when there is an English version. */
    private static int workingLanguages(MatchProfile p) {
        int mask = 0;
        for (TextLanguage l : p.spokenLanguages()) {
            mask |= 1 << l.ordinal();
        }
        if (p.language() != null && p.language() != TextLanguage.OTHER) {
            mask |= 1 << p.language().ordinal();
        }
        if ((p.summaryEn() != null && !p.summaryEn().isBlank()) || !p.keywordsEn().isEmpty()) {
            mask |= 1 << TextLanguage.EN.ordinal();
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

    private SparseVector conceptVector(Counts c) {
        int[] dims = new int[c.concepts().length];
        float[] w = new float[dims.length];
        int k = 0;
        for (int i = 0; i < dims.length; i++) {
            int concept = c.concepts()[i];
            if (concept < conceptIdf.length) { // a concept added after this index was built: the next build has it
                dims[k] = concept;
                w[k++] = tf(c.conceptCounts()[i]) * conceptIdf[concept];
            }
        }
        return SparseVector.normalised(Arrays.copyOf(dims, k), Arrays.copyOf(w, k));
    }

    private SparseVector lexicalVector(Counts c) {
        float[] w = new float[c.terms().length];
        for (int i = 0; i < w.length; i++) {
            w[i] = tf(c.termCounts()[i]) * termIdf[c.terms()[i]];
        }
        return SparseVector.normalised(c.terms().clone(), w);
    }

    /** A publication in one space: words first, then concepts offset past the last word id. */
    private SparseVector publicationVector(Counts c) {
        int[] dims = new int[c.terms().length + c.concepts().length];
        float[] w = new float[dims.length];
        int k = 0;
        for (int i = 0; i < c.terms().length; i++) {
            dims[k] = c.terms()[i];
            w[k++] = tf(c.termCounts()[i]) * termIdf[c.terms()[i]];
        }
        for (int i = 0; i < c.concepts().length; i++) {
            int concept = c.concepts()[i];
            if (concept < conceptIdf.length) {
                dims[k] = termIdf.length + concept;
                w[k++] = tf(c.conceptCounts()[i]) * conceptIdf[concept];
            }
        }
        return SparseVector.normalised(Arrays.copyOf(dims, k), Arrays.copyOf(w, k));
    }

    private SparseVector inferredField(SparseVector conceptVector) {
        var weightsByField = new float[fieldIds.size()];
        for (int k = 0; k < conceptVector.size(); k++) {
            if (conceptVector.dim(k) < conceptField.length) {
                weightsByField[conceptField[conceptVector.dim(k)]] += conceptVector.weight(k);
            }
        }
        int[] dims = new int[weightsByField.length];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = d;
        }
        return SparseVector.normalised(dims, weightsByField);
    }
}
