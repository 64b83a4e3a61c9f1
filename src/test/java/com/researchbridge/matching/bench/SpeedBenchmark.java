package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * Speed and memory of the matcher on synthetic corpora, beside a naive baseline that scores every candidate
 * with Commons Text's {@link CosineSimilarity} over term-frequency vectors (the same analysed terms).
 */
public final class SpeedBenchmark {

    private static final int QUERIES = 1_000;
    private static final int NAIVE_QUERIES = 30;
    private static final int UPDATES = 100;

    private final PrintStream out;

    public SpeedBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int size) throws Exception {
        var vocabulary = Vocabulary.load();
        var profiles = new SyntheticCorpus(vocabulary).generate(size, 42);
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        var index = MatchEngines.exact(vocabulary, MatchingWeights.DEFAULT).build(profiles);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapIndex = usedHeap() - heapBefore;

        var random = new Random(7);
        for (int i = 0; i < 200; i++) {
            index.topMatches(profiles.get(random.nextInt(size)).id(), 10, TextLanguage.EN); // warm-up
        }
        double[] latencies = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String id = profiles.get(random.nextInt(size)).id();
            long t = System.nanoTime();
            index.topMatches(id, 10, TextLanguage.EN);
            latencies[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(latencies);

        double[] naive = naiveLatencies(profiles, random);
        double p50 = percentile(latencies, 50);
        double naiveP50 = percentile(naive, 50);
        out.printf(Locale.ROOT, "| %,d | %.1f s | %.0f MB | %.2f ms | %.2f ms | %.0f ms | %.0f ms | %.0f× |%n", size,
                buildSeconds, heapIndex / 1e6, p50, percentile(latencies, 95), naiveP50, percentile(naive, 95), naiveP50 / p50);
        try (var mlt = new MoreLikeThisBaseline(profiles, new FeatureExtractor(vocabulary))) {
            double[] lucene = mlt.latencies(QUERIES, random);
            out.printf(Locale.ROOT, "Lucene MoreLikeThis at %,d profiles: index %.1f s, top-10 p50 %.2f ms, p95 %.2f ms (%.0f× our p50)%n",
                    size, mlt.buildSeconds, percentile(lucene, 50), percentile(lucene, 95), percentile(lucene, 50) / p50);
        }
        double[] updates = updateLatencies(index, profiles, random);
        out.printf(Locale.ROOT, "one-profile update at %,d profiles (%d updates): p50 %.1f ms, p95 %.1f ms%n", size,
                updates.length, percentile(updates, 50), percentile(updates, 95));
    }

    /** A profile's text replaced by another's, one at a time, as when researchers edit their profiles. */
    private static double[] updateLatencies(MatchEngine index, List<MatchProfile> profiles, Random random) {
        double[] result = new double[UPDATES];
        MatchEngine current = index;
        for (int i = 0; i < UPDATES; i++) {
            var target = profiles.get(random.nextInt(profiles.size()));
            var source = profiles.get(random.nextInt(profiles.size()));
            var changed = new MatchProfile(target.id(), target.country(), source.language(), target.name(),
                    target.institution(), source.summary(), source.keywords(), source.summaryEn(), source.keywordsEn(),
                    source.publications(), source.fields(), source.spokenLanguages());
            long t = System.nanoTime();
            current = current.withProfile(target.id(), changed);
            result[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(result);
        return result;
    }

    /** Every candidate of the other country scored with CosineSimilarity; term vectors prepared beforehand. */
    private static double[] naiveLatencies(List<MatchProfile> profiles, Random random) {
        var vectors = new ArrayList<Map<CharSequence, Integer>>(profiles.size());
        for (MatchProfile p : profiles) {
            Map<CharSequence, Integer> tf = new HashMap<>();
            String text = p.summary() + " " + String.join(" ", p.keywords());
            TextAnalysis.terms(text, p.language()).forEach(t -> tf.merge(t, 1, Integer::sum));
            vectors.add(tf);
        }
        var cosine = new CosineSimilarity();
        double[] latencies = new double[NAIVE_QUERIES];
        for (int q = 0; q < NAIVE_QUERIES; q++) {
            int seeker = random.nextInt(profiles.size());
            long t = System.nanoTime();
            double best = -1;
            for (int c = 0; c < profiles.size(); c++) {
                if (profiles.get(c).isCandidateFor(profiles.get(seeker))) {
                    best = Math.max(best, cosine.cosineSimilarity(vectors.get(seeker), vectors.get(c)));
                }
            }
            latencies[q] = (System.nanoTime() - t) / 1e6 + (best > 2 ? 1 : 0);
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long usedHeap() {
        var rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
