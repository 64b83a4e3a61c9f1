package com.researchbridge.matching.engine;

import com.researchbridge.matching.bench.SyntheticCorpus;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The engine's own side-by-side measurement (not a test; prints figures), in one run on one index: the bound-based
 * exact search, the heuristic pool it replaced ({@code withLimits(Limits.DEFAULT)}: the pool of 1 % of the
 * profiles, 200 to 1,000), and exhaustive scoring (the recall reference), each after the same warm-up on the same
 * seekers; then one-profile updates beside the analysis of the same profile alone.
 * {@code BoundedSearchProbe <profiles> [queries]}, on the realistic corpus ({@link SyntheticCorpus}).
 */
public final class BoundedSearchProbe {

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        var vocabulary = Vocabulary.load();
        var corpus = new SyntheticCorpus(vocabulary);
        List<MatchProfile> profiles = corpus.generate(size, 42);
        var extractor = new FeatureExtractor(vocabulary);
        long t = System.nanoTime();
        var index = MatchIndex.build(profiles, extractor, vocabulary, MatchingWeights.DEFAULT);
        System.out.printf(Locale.ROOT, "%,d profiles: build %.1f s on %d processors, load average %.1f%n", size,
                (System.nanoTime() - t) / 1e9, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        var ids = profiles.stream().map(MatchProfile::id).toList();
        var random = new Random(7);
        String[] seekers = new String[queries];
        for (int i = 0; i < queries; i++) {
            seekers[i] = ids.get(random.nextInt(size));
        }
        var pooled = index.withLimits(CandidateSearch.Limits.DEFAULT);
        var exhaustive = index.exhaustive();
        int referenceQueries = Math.min(queries, Math.max(20, 2_000_000 / size));
        var reference = new java.util.ArrayList<List<Match>>();
        for (int i = 0; i < referenceQueries; i++) {
            reference.add(exhaustive.topMatches(seekers[i], 10, TextLanguage.EN));
        }
        report("bounded exact search", index, seekers, reference);
        report("heuristic pool (before)", pooled, seekers, reference);
        report("bounded exact search (again)", index, seekers, reference);

        var sources = corpus.generate(100, 43);
        double[] updates = new double[sources.size()];
        double[] analysis = new double[sources.size()];
        MatchIndex current = index;
        for (int i = 0; i < sources.size(); i++) {
            String target = ids.get(random.nextInt(size));
            var s = sources.get(i);
            var changed = new MatchProfile(target, s.country(), s.language(), null, null, s.summary(), s.keywords(),
                    s.summaryEn(), s.keywordsEn(), s.publications(), s.fields(), s.spokenLanguages());
            t = System.nanoTime();
            extractor.analyse(changed);
            analysis[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            current = current.withProfile(target, changed);
            updates[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(updates);
        Arrays.sort(analysis);
        System.out.printf(Locale.ROOT, "one-profile update: p50 %.1f ms, p95 %.1f ms (analysis of the profile alone: p50 %.1f ms, p95 %.1f ms)%n",
                updates[49], updates[94], analysis[49], analysis[94]);
    }

    private static void report(String name, MatchIndex engine, String[] seekers, List<List<Match>> reference) {
        Function<String, List<Match>> query = id -> engine.topMatches(id, 10, TextLanguage.EN);
        for (int i = 0; i < Math.min(100, seekers.length); i++) {
            query.apply(seekers[seekers.length - 1 - i]);
        }
        double[] millis = new double[seekers.length];
        double recall = 0;
        for (int i = 0; i < seekers.length; i++) {
            long t = System.nanoTime();
            var found = query.apply(seekers[i]);
            millis[i] = (System.nanoTime() - t) / 1e6;
            if (i < reference.size()) {
                recall += RecallAt.tieAware(reference.get(i), found);
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-30s p50 %6.2f ms  p95 %6.2f ms  recall@10 vs exhaustive %.4f (%d queries, %d checked)%n",
                name, millis[millis.length / 2], millis[(int) Math.ceil(0.95 * millis.length) - 1],
                recall / reference.size(), seekers.length, reference.size());
    }
}
