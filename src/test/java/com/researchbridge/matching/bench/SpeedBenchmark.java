package com.researchbridge.matching.bench;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Match;
import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Speed, memory and recall of the matcher beside three baselines, on the realistic synthetic corpus
 * ({@link SyntheticCorpus}), all in one run and one markdown table:
 * <ol>
 *   <li>the index ({@link MatchEngines#exact});</li>
 *   <li>exhaustive exact scoring: the same engine's pair score for every candidate (the quality ceiling and
 *       the reference for recall);</li>
 *   <li>brute-force cosine over pre-normalised sparse vectors of the same words and concepts
 *       ({@link BruteForceCosine});</li>
 *   <li>Lucene MoreLikeThis over the same words and concepts ({@link MoreLikeThisBaseline}).</li>
 * </ol>
 * Every method answers the same seekers after the same warm-up: 200 warm-up and 1,000 measured queries, unless
 * exhaustive scoring would take longer than the time budget; then every method of that size gets the same
 * smaller count (printed in the table). Heap: used heap after full GC with the structure reachable, minus used
 * heap after full GC before it was built, the generated profiles no longer referenced by the benchmark; so what
 * a structure keeps of the profiles (texts, ids) is counted, and what it does not keep is not.
 */
public final class SpeedBenchmark {

    static final long SEED = 42;
    static final int K = 10;
    private static final int QUERIES = 1_000;
    private static final int WARM_UP = 200;
    private final int plannedQueries;
    private final int plannedWarmUp;
    private static final int UPDATES = 100;
    private static final int PROBES = 5;

    private final PrintStream out;
    private final double exhaustiveBudgetSeconds;
    private final List<String> notes = new ArrayList<>();

    public SpeedBenchmark(PrintStream out, double exhaustiveBudgetSeconds) {
        this(out, exhaustiveBudgetSeconds, QUERIES, WARM_UP);
    }

    /** With other query counts than 1,000 after 200 (for a quick check of the command in the tests). */
    SpeedBenchmark(PrintStream out, double exhaustiveBudgetSeconds, int queries, int warmUp) {
        this.out = out;
        this.exhaustiveBudgetSeconds = exhaustiveBudgetSeconds;
        this.plannedQueries = queries;
        this.plannedWarmUp = warmUp;
    }

    /** Runs every size and prints the table, then the notes (corpus, updates, machine). */
    public void run(List<Integer> sizes) throws Exception {
        out.printf(Locale.ROOT, "Speed benchmark %s; %d processors, load average %.2f at start; Java %s, max heap %,d MB%n%n",
                Instant.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        out.println("| profiles | method | queries (warm-up) | build | heap kept alive | top-10 p50 | top-10 p95 | index speed-up over this method (p50) | recall@10 vs exhaustive |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            run(size);
        }
        out.println();
        notes.forEach(out::println);
        out.printf(Locale.ROOT, "load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void run(int size) throws Exception {
        var vocabulary = Vocabulary.load();
        var corpus = new SyntheticCorpus(vocabulary);
        List<MatchProfile> profiles = corpus.generate(size, SEED);
        notes.add(String.format(Locale.ROOT, "corpus %,d: %s", size, CorpusStats.of(profiles)));
        List<MatchProfile> skeletons = profiles.stream().map(SpeedBenchmark::skeleton).toList();
        profiles = null;
        long heapStart = usedHeapAfterGc();

        // (a) the index, with everything it keeps alive: the generated profiles are referenced by the index only.
        profiles = corpus.generate(size, SEED);
        long profilesHeap = usedHeapAfterGc() - heapStart;
        long t = System.nanoTime();
        MatchEngine index = MatchEngines.exact(vocabulary, MatchingWeights.DEFAULT).build(profiles);
        double indexBuild = seconds(t);
        profiles = null;
        long indexHeap = usedHeapAfterGc() - heapStart;
        notes.add(String.format(Locale.ROOT, "heap %,d: the generated profile records alone take %.0f MB", size, profilesHeap / 1e6));

        var exhaustive = new ExhaustiveScoring(index, skeletons);
        var random = new Random(7);
        int[] seekers = new int[plannedWarmUp + plannedQueries];
        for (int i = 0; i < seekers.length; i++) {
            seekers[i] = random.nextInt(size);
        }
        double probe = probe(exhaustive, seekers);
        int queries = plannedQueries;
        int warmUp = plannedWarmUp;
        if (probe * (queries + warmUp) > exhaustiveBudgetSeconds) {
            queries = Math.max(20, (int) (exhaustiveBudgetSeconds / probe / 1.2) / 10 * 10);
            warmUp = Math.max(5, queries / 5);
        }
        final int measured = queries;
        String counts = String.format(Locale.ROOT, "%,d (%d)", queries, warmUp);

        var reference = new ArrayList<List<ExhaustiveScoring.Scored>>();
        var last = new ArrayList<List<ExhaustiveScoring.Scored>>(List.of(List.of()));
        double[] exhaustiveMillis = time(seekers, warmUp, queries, s -> {
            last.set(0, exhaustive.top(s, K));
            return last.getFirst().stream().map(ExhaustiveScoring.Scored::id).toList();
        }, ids -> reference.add(last.getFirst()));
        var indexResults = new ArrayList<List<String>>();
        double[] indexMillis = time(seekers, warmUp, queries,
                s -> index.topMatches(skeletons.get(s).id(), K, TextLanguage.EN).stream().map(Match::id).toList(), indexResults::add);

        // (c) and (d): analysed once, the features fed to both structures and dropped.
        long heapBeforeBaselines = usedHeapAfterGc();
        profiles = corpus.generate(size, SEED);
        var extractor = new FeatureExtractor(vocabulary);
        var bruteBuilder = new BruteForceCosine.Builder();
        var mlt = new MoreLikeThisBaseline();
        long analysis = 0;
        long bruteBuild = 0;
        long mltBuild = 0;
        for (MatchProfile p : profiles) {
            t = System.nanoTime();
            var features = extractor.features(p);
            long t2 = System.nanoTime();
            bruteBuilder.add(p.id(), p.country(), features);
            long t3 = System.nanoTime();
            mlt.add(p.id(), p.country(), features);
            long t4 = System.nanoTime();
            analysis += t2 - t;
            bruteBuild += t3 - t2;
            mltBuild += t4 - t3;
        }
        t = System.nanoTime();
        var brute = bruteBuilder.build();
        bruteBuild += System.nanoTime() - t;
        bruteBuilder = null;
        t = System.nanoTime();
        mlt.open();
        mltBuild += System.nanoTime() - t;
        profiles = null;
        long bothHeap = usedHeapAfterGc() - heapBeforeBaselines;

        var mltResults = new ArrayList<List<String>>();
        double[] mltMillis = time(seekers, warmUp, queries, s -> mlt.top(s, K), mltResults::add);
        mlt.close();
        long bruteHeap = usedHeapAfterGc() - heapBeforeBaselines;
        var bruteResults = new ArrayList<List<String>>();
        double[] bruteMillis = time(seekers, warmUp, queries, s -> brute.top(s, K), bruteResults::add);

        double indexP50 = percentile(indexMillis, 50);
        row(size, "index (`MatchEngines.exact`)", counts, indexBuild, indexHeap, indexMillis, indexP50,
                recall(index, skeletons, seekers, warmUp, indexResults, reference));
        row(size, "exhaustive exact scoring (same engine, every candidate)", counts, indexBuild, indexHeap, exhaustiveMillis,
                indexP50, 1.0);
        row(size, "brute-force cosine, pre-normalised sparse vectors", counts, (analysis + bruteBuild) / 1e9, bruteHeap,
                bruteMillis, indexP50, recall(index, skeletons, seekers, warmUp, bruteResults, reference));
        row(size, "Lucene MoreLikeThis", counts, (analysis + mltBuild) / 1e9, bothHeap - bruteHeap, mltMillis, indexP50,
                recall(index, skeletons, seekers, warmUp, mltResults, reference));
        notes.add(String.format(Locale.ROOT, "build %,d: the two baselines' builds include the analysis of all profiles "
                + "(%.1f s, done once and fed to both); exhaustive scoring uses the index's vectors (same build, same heap)", size, analysis / 1e9));
        if (measured < plannedQueries) {
            notes.add(String.format(Locale.ROOT, "queries %,d: exhaustive scoring took %.0f ms a query, so every method "
                    + "ran %,d queries after %d warm-up (budget %.0f s)", size, probe * 1000, measured, warmUp, exhaustiveBudgetSeconds));
        }
        double[] updates = updateLatencies(index, corpus, size, random);
        notes.add(String.format(Locale.ROOT, "one-profile update at %,d profiles (%d updates): p50 %.1f ms, p95 %.1f ms",
                size, updates.length, percentile(updates, 50), percentile(updates, 95)));
    }

    /** Seconds one exhaustive query takes (mean of a few, after as many to warm up). */
    private static double probe(ExhaustiveScoring exhaustive, int[] seekers) {
        for (int i = 0; i < PROBES; i++) {
            exhaustive.top(seekers[seekers.length - 1 - i], K);
        }
        long t = System.nanoTime();
        for (int i = 0; i < PROBES; i++) {
            exhaustive.top(seekers[seekers.length - 1 - PROBES - i], K);
        }
        return seconds(t) / PROBES;
    }

    @FunctionalInterface
    interface Query {
        List<String> top(int seeker) throws Exception;
    }

    /** {@code warmUp} queries, then {@code queries} measured ones (their results to {@code results}); sorted millis. */
    private double[] time(int[] seekers, int warmUp, int queries, Query query,
                          java.util.function.Consumer<List<String>> results) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            query.top(seekers[plannedQueries + i]);
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            var top = query.top(seekers[i]);
            millis[i] = (System.nanoTime() - t) / 1e6;
            results.accept(top);
        }
        Arrays.sort(millis);
        return millis;
    }

    /**
     * Mean share of the exhaustive top 10 found in a method's top 10. A found profile that is not in the
     * exhaustive list but ties its last score (same exact score) counts as found.
     */
    static double recall(MatchEngine engine, List<MatchProfile> skeletons, int[] seekers, int warmUp,
                         List<List<String>> found, List<List<ExhaustiveScoring.Scored>> reference) {
        double sum = 0;
        int counted = 0;
        for (int q = 0; q < found.size(); q++) {
            var expected = reference.get(q);
            if (expected.isEmpty()) {
                continue;
            }
            Set<String> expectedIds = new HashSet<>();
            expected.forEach(s -> expectedIds.add(s.id()));
            double last = expected.getLast().score();
            String seeker = skeletons.get(seekers[q]).id();
            int hits = 0;
            for (String id : found.get(q)) {
                if (expectedIds.contains(id) || engine.score(seeker, id) >= last - 1e-9) {
                    hits++;
                }
            }
            sum += (double) Math.min(hits, expected.size()) / expected.size();
            counted++;
        }
        return counted == 0 ? 1 : sum / counted;
    }

    private void row(int size, String method, String counts, double build, long heap, double[] millis, double indexP50,
                     double recall) {
        double p50 = percentile(millis, 50);
        out.printf(Locale.ROOT, "| %,d | %s | %s | %.1f s | %.0f MB | %s | %s | %s | %.3f |%n", size, method, counts, build,
                heap / 1e6, ms(p50), ms(percentile(millis, 95)),
                method.startsWith("index") ? "—" : String.format(Locale.ROOT, "%.1f×", p50 / indexP50), recall);
        out.flush();
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
    }

    /** A profile's text replaced by another's, one at a time, as when researchers edit their profiles. */
    private static double[] updateLatencies(MatchEngine index, SyntheticCorpus corpus, int size, Random random) {
        var sources = corpus.generate(UPDATES, SEED + 1);
        double[] result = new double[UPDATES];
        MatchEngine current = index;
        for (int i = 0; i < UPDATES; i++) {
            String target = "s" + random.nextInt(size);
            var source = sources.get(i);
            var changed = new MatchProfile(target, source.country(), source.language(), null, null, source.summary(),
                    source.keywords(), source.summaryEn(), source.keywordsEn(), source.publications(), source.fields(),
                    source.spokenLanguages());
            long t = System.nanoTime();
            current = current.withProfile(target, changed);
            result[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(result);
        return result;
    }

    private static MatchProfile skeleton(MatchProfile p) {
        return new MatchProfile(p.id(), p.country(), null, null, null, null, null, null, null, null, null, null);
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long usedHeapAfterGc() {
        var rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
