package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Recall of the candidate pool against exhaustive scoring for several search limits on one built corpus
 * (prints figures): {@code PoolRecallProbe <profiles> <queries> [queryDims,publicationDims,pool ...]}.
 */
public final class PoolRecallProbe {

    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        int queries = Integer.parseInt(args[1]);
        var vocabulary = Vocabulary.load();
        var profiles = new ProbeCorpus().generate(size, 42);
        var index = MatchIndex.build(profiles, new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
        var random = new Random(9);
        var ids = new ArrayList<String>();
        var references = new ArrayList<List<Match>>();
        for (int q = 0; q < queries; q++) {
            String id = profiles.get(random.nextInt(size)).id();
            ids.add(id);
            references.add(index.exhaustive().topMatches(id, 10, TextLanguage.EN));
        }
        for (int a = 2; a < args.length; a++) {
            int[] l = Arrays.stream(args[a].split(",")).mapToInt(Integer::parseInt).toArray();
            var limited = index.withLimits(new CandidateSearch.Limits(l[0], l[1], l[2]));
            double recall = 0;
            double[] latencies = new double[queries];
            for (int q = 0; q < queries; q++) {
                long t = System.nanoTime();
                var pruned = limited.topMatches(ids.get(q), 10, TextLanguage.EN);
                latencies[q] = (System.nanoTime() - t) / 1e6;
                recall += RecallAt.tieAware(references.get(q), pruned);
            }
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "limits %s: recall@10 %.4f, p50 %.2f ms, p95 %.2f ms%n", args[a], recall / queries,
                    latencies[queries / 2], latencies[(int) (queries * 0.95)]);
        }
    }
}
