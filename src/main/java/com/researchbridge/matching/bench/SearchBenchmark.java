package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.search.PartnerSearchIndex;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Partner search latency on synthetic profiles: queries of one or two vocabulary terms in a random language,
 * each returning the first page of 50 results and the total count, with and without a country filter.
 */
public final class SearchBenchmark {

    private static final int QUERIES = 1_000;
    private static final TextLanguage[] LANGUAGES = {TextLanguage.EN, TextLanguage.RU, TextLanguage.KK, TextLanguage.ZH};

    private final PrintStream out;

    public SearchBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int size) throws Exception {
        var vocabulary = Vocabulary.load();
        var extractor = new FeatureExtractor(vocabulary);
        var profiles = new SyntheticCorpus(vocabulary).generate(size, 42);
        long start = System.nanoTime();
        var entries = profiles.parallelStream().map(p -> new PartnerSearchIndex.Entry(p.id(),
                Map.of("country", p.country()), extractor.features(p))).toList();
        var index = new PartnerSearchIndex(entries, extractor);
        double build = (System.nanoTime() - start) / 1e9;

        var random = new Random(11);
        String[] queries = new String[QUERIES + 100];
        for (int i = 0; i < queries.length; i++) {
            var language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            String q = vocabulary.get(random.nextInt(vocabulary.size())).label(language);
            queries[i] = random.nextBoolean() ? q : q + " " + vocabulary.get(random.nextInt(vocabulary.size())).label(language);
        }
        for (int i = 0; i < 100; i++) {
            index.search(queries[QUERIES + i], Map.of(), 0, 50); // warm-up
        }
        double[] plain = new double[QUERIES];
        double[] filtered = new double[QUERIES];
        long hits = 0;
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            hits += index.search(queries[i], Map.of(), 0, 50).total();
            plain[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            index.search(queries[i], Map.of("country", i % 2 == 0 ? "KZ" : "CN"), 0, 50);
            filtered[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(plain);
        Arrays.sort(filtered);
        out.printf(Locale.ROOT, "| %,d | %.1f s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %,d |%n", size, build,
                plain[QUERIES / 2], plain[QUERIES * 95 / 100], filtered[QUERIES / 2], filtered[QUERIES * 95 / 100], hits / QUERIES);
    }
}
