package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The engine's own scale measurement (not a test; prints figures): {@code EngineScaleProbe <profiles> [recallQueries]}.
 * Heap is what the engine retains after the generated profiles are dropped, so texts it keeps are counted.
 */
public final class EngineScaleProbe {

    private static final int QUERIES = 1_000;
    private static final int UPDATES = 100;

    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        int recallQueries = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        var vocabulary = Vocabulary.load();
        System.gc();
        long heapBefore = usedHeap();
        List<MatchProfile> profiles = new ProbeCorpus().generate(size, 42);
        long publications = profiles.stream().mapToLong(p -> p.publications().size()).sum();
        long abstracts = profiles.stream().flatMap(p -> p.publications().stream()).filter(p -> p.abstractText() != null).count();
        var ids = profiles.stream().map(MatchProfile::id).toList();
        var random = new Random(7);
        var updateSources = new ArrayList<MatchProfile>();
        for (int i = 0; i < UPDATES; i++) {
            updateSources.add(profiles.get(random.nextInt(size)));
        }
        long start = System.nanoTime();
        MatchEngine engine = MatchEngines.exact(vocabulary, MatchingWeights.DEFAULT).build(profiles);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        MatchEngine exhaustive = recallQueries > 0 ? MatchEngines.exhaustive(engine) : null;
        profiles = null;
        System.gc();
        long heap = usedHeap() - heapBefore;
        System.out.printf(Locale.ROOT, "%,d profiles, %,d publications (%,d with abstracts): build %.1f s, heap kept %.0f MB%n",
                size, publications, abstracts, buildSeconds, heap / 1e6);

        for (int i = 0; i < 200; i++) {
            engine.topMatches(ids.get(random.nextInt(size)), 10, TextLanguage.EN);
        }
        double[] latencies = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String id = ids.get(random.nextInt(size));
            long t = System.nanoTime();
            engine.topMatches(id, 10, TextLanguage.EN);
            latencies[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "top-10 with reasons: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                percentile(latencies, 50), percentile(latencies, 95), latencies[latencies.length - 1]);

        double[] updates = new double[UPDATES];
        MatchEngine current = engine;
        for (int i = 0; i < UPDATES; i++) {
            String target = ids.get(random.nextInt(size));
            MatchProfile source = updateSources.get(i);
            var changed = new MatchProfile(target, source.country(), source.language(), null, null, source.summary(),
                    source.keywords(), source.summaryEn(), source.keywordsEn(), source.publications(), source.fields(),
                    source.spokenLanguages());
            long t = System.nanoTime();
            current = current.withProfile(target, changed);
            updates[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(updates);
        System.out.printf(Locale.ROOT, "one-profile update: p50 %.1f ms, p95 %.1f ms%n", percentile(updates, 50),
                percentile(updates, 95));

        if (exhaustive != null) {
            double recall = 0;
            double tieAware = 0;
            int counted = 0;
            double[] exhaustiveLatencies = new double[recallQueries];
            for (int q = 0; q < recallQueries; q++) {
                String id = ids.get(random.nextInt(size));
                long t = System.nanoTime();
                var reference = exhaustive.topMatches(id, 10, TextLanguage.EN);
                exhaustiveLatencies[q] = (System.nanoTime() - t) / 1e6;
                if (reference.isEmpty()) {
                    continue;
                }
                var found = new HashSet<String>();
                var pruned = engine.topMatches(id, 10, TextLanguage.EN);
                pruned.forEach(m -> found.add(m.id()));
                recall += reference.stream().filter(m -> found.contains(m.id())).count() / (double) reference.size();
                tieAware += RecallAt.tieAware(reference, pruned);
                counted++;
            }
            Arrays.sort(exhaustiveLatencies);
            System.out.printf(Locale.ROOT, "recall@10 of the pruned search vs exhaustive (%d queries): by id %.4f, ties counted %.4f; exhaustive p50 %.1f ms%n",
                    counted, recall / counted, tieAware / counted, percentile(exhaustiveLatencies, 50));
        }
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
