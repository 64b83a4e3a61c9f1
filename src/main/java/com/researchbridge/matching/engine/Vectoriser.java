package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
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
 * idf = ln((N + 1)/(df + 1)) + 1. Word ids and IDF weights are fixed by the full build; a profile vectorised
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
    private final Map<String, Integer> fieldIds = new HashMap<>();
    private final int[] conceptField;
    private final CountryRule countries = new CountryRule();

    private Vectoriser(FeatureExtractor extractor, Vocabulary vocabulary, Map<String, Integer> termIds, float[] termIdf,
                       float[] conceptIdf) {
        this.extractor = extractor;
        this.vocabulary = vocabulary;
        this.termIds = termIds;
        this.termIdf = termIdf;
        this.conceptIdf = conceptIdf;
        this.conceptField = new int[vocabulary.size()];
        for (int c = 0; c < vocabulary.size(); c++) {
            conceptField[c] = fieldIds.computeIfAbsent(vocabulary.get(c).field(), f -> fieldIds.size());
        }
    }

    /** All profiles analysed (in parallel, each text once), the word ids and IDF fixed, and vectorised. */
    static ProfileVectors[] build(List<MatchProfile> profiles, FeatureExtractor extractor, Vocabulary vocabulary,
                                  AtomicInteger analysed, Vectoriser[] built) {
        int n = profiles.size();
        var analyses = new FeatureExtractor.Analysis[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            analyses[i] = extractor.analyse(profiles.get(i));
            analysed.incrementAndGet();
        });
        var termIds = new HashMap<String, Integer>();
        int[] termDf = new int[1024];
        int[] conceptDf = new int[vocabulary.size()];
        for (var a : analyses) {
            for (String term : a.profile().lexical.keySet()) {
                int id = termIds.computeIfAbsent(term, t -> termIds.size());
                if (id == termDf.length) {
                    termDf = Arrays.copyOf(termDf, termDf.length * 2);
                }
                termDf[id]++;
            }
            a.profile().concepts.keySet().forEach(c -> {
                if (c < conceptDf.length) {
                    conceptDf[c]++;
                }
            });
        }
        var vectoriser = new Vectoriser(extractor, vocabulary, termIds, idf(termDf, termIds.size(), n),
                idf(conceptDf, conceptDf.length, n));
        built[0] = vectoriser;
        var result = new ProfileVectors[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            result[i] = vectoriser.vectorise(profiles.get(i), analyses[i]);
            analyses[i] = null;
        });
        return result;
    }

    ProfileVectors vectorise(MatchProfile profile) {
        return vectorise(profile, extractor.analyse(profile));
    }

    private ProfileVectors vectorise(MatchProfile profile, FeatureExtractor.Analysis analysis) {
        SparseVector concepts = conceptVector(analysis.profile());
        var publications = analysis.publications().stream().map(this::publicationVector).toArray(SparseVector[]::new);
        var titles = profile.publications().stream().limit(publications.length)
                .map(p -> p.title() == null ? "" : p.title().length() > MAX_TITLE_CHARS ? p.title().substring(0, MAX_TITLE_CHARS) : p.title())
                .toArray(String[]::new);
        var fields = profile.fields().stream().sorted().toArray(String[]::new);
        return new ProfileVectors(profile.id(), countries.code(profile.country()), concepts,
                lexicalVector(analysis.profile()), PublicationVectors.of(publications), mainLanguages(analysis.profile()),
                workingLanguages(profile), fields, inferredField(concepts), titles);
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

    private SparseVector conceptVector(TermCounts c) {
        int[] dims = new int[c.concepts.size()];
        float[] w = new float[dims.length];
        int k = 0;
        for (var e : c.concepts.entrySet()) {
            if (e.getKey() >= conceptIdf.length) {
                continue; // a concept an administrator added after this index was built; the next build has it
            }
            dims[k] = e.getKey();
            w[k++] = tf(e.getValue()) * conceptIdf[e.getKey()];
        }
        return SparseVector.normalised(Arrays.copyOf(dims, k), Arrays.copyOf(w, k));
    }

    private SparseVector lexicalVector(TermCounts c) {
        int[] dims = new int[c.lexical.size()];
        float[] w = new float[dims.length];
        int k = 0;
        for (var e : c.lexical.entrySet()) {
            Integer id = termIds.get(e.getKey());
            if (id != null) {
                dims[k] = id;
                w[k++] = tf(e.getValue()) * termIdf[id];
            }
        }
        return SparseVector.normalised(Arrays.copyOf(dims, k), Arrays.copyOf(w, k));
    }

    /** A publication in one space: words first, then concepts offset past the last word id. */
    private SparseVector publicationVector(TermCounts c) {
        int[] dims = new int[c.lexical.size() + c.concepts.size()];
        float[] w = new float[dims.length];
        int k = 0;
        for (var e : c.lexical.entrySet()) {
            Integer id = termIds.get(e.getKey());
            if (id != null) {
                dims[k] = id;
                w[k++] = tf(e.getValue()) * termIdf[id];
            }
        }
        for (var e : c.concepts.entrySet()) {
            if (e.getKey() < conceptIdf.length) {
                dims[k] = termIdf.length + e.getKey();
                w[k++] = tf(e.getValue()) * conceptIdf[e.getKey()];
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
