package com.researchbridge.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The candidate pool against exhaustive exact scoring of every allowed candidate, on a generated corpus with
 * publications: the pruning must not lose the partners the full score would rank in the top 10.
 */
class PrunedSearchRecallTest {

    private static final int QUERIES = 200;
    private static MatchIndex pruned;
    private static List<String> ids;

    @BeforeAll
    static void build() {
        var vocabulary = Vocabulary.load();
        var profiles = new ProbeCorpus().generate(2_500, 11);
        ids = profiles.stream().map(MatchProfile::id).toList();
        pruned = MatchIndex.build(profiles, new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
    }

    @Test
    void theCandidatePoolFindsWhatExhaustiveScoringFinds() {
        double recall = recall(pruned);
        System.out.printf("recall@10 of the pruned search vs exhaustive: %.4f%n", recall);
        assertThat(recall).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void thisCheckNoticesAPoolThatLooksTooLittleFar() {
        assertThat(recall(pruned.withLimits(new CandidateSearch.Limits(4, 0, 10)))).isLessThan(0.95);
    }

    @Test
    void exhaustiveAndPrunedScoresAgreeForTheSamePair() {
        var exhaustive = pruned.exhaustive();
        String id = ids.get(3);
        var top = exhaustive.topMatches(id, 10, TextLanguage.EN);
        assertThat(top).isNotEmpty().allSatisfy(m -> assertThat(m.score()).isEqualTo(pruned.score(id, m.id())));
    }

    private static double recall(MatchIndex engine) {
        var exhaustive = pruned.exhaustive();
        var random = new Random(5);
        double sum = 0;
        for (int q = 0; q < QUERIES; q++) {
            String id = ids.get(random.nextInt(ids.size()));
            sum += RecallAt.tieAware(exhaustive.topMatches(id, 10, TextLanguage.EN), engine.topMatches(id, 10, TextLanguage.EN));
        }
        return sum / QUERIES;
    }
}
