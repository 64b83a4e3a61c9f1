package com.researchbridge.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.engine.MatchEngine;
import com.researchbridge.matching.engine.MatchEngines;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.engine.MatchingWeights;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference of the speed benchmark's recall, and the recall measure itself. */
class ExhaustiveScoringTest {

    private static List<MatchProfile> profiles;
    private static MatchEngine engine;

    @BeforeAll
    static void build() throws Exception {
        var vocabulary = Vocabulary.load();
        profiles = new SyntheticCorpus(vocabulary).generate(300, 5);
        engine = MatchEngines.exact(vocabulary, MatchingWeights.DEFAULT).build(profiles);
    }

    @Test
    void keepsTheBestCandidatesByTheEnginesOwnPairScore() {
        var seeker = profiles.get(7);
        var all = new ArrayList<Double>();
        for (MatchProfile c : profiles) {
            if (c.isCandidateFor(seeker)) {
                all.add(engine.score(seeker.id(), c.id()));
            }
        }
        all.sort(Comparator.reverseOrder());

        var top = new ExhaustiveScoring(engine, profiles).top(7, 10);

        assertThat(top).extracting(ExhaustiveScoring.Scored::score).containsExactlyElementsOf(all.subList(0, 10));
        assertThat(top).allSatisfy(s -> assertThat(profiles.stream().filter(p -> p.id().equals(s.id())).findFirst().orElseThrow()
                .isCandidateFor(seeker)).isTrue());
    }

    @Test
    void recallCountsTiesAtTheLastPlaceAndMissesOtherwise() {
        var exhaustive = new ExhaustiveScoring(engine, profiles);
        var reference = exhaustive.top(3, 10);
        var ids = reference.stream().map(ExhaustiveScoring.Scored::id).toList();
        int[] seekers = {3};

        assertThat(SpeedBenchmark.recall(engine, profiles, seekers, 0, List.of(ids), List.of(reference))).isEqualTo(1.0);
        var worse = new ArrayList<>(ids.subList(0, 8));
        worse.addAll(exhaustive.top(3, 40).subList(30, 32).stream().map(ExhaustiveScoring.Scored::id).toList());
        assertThat(SpeedBenchmark.recall(engine, profiles, seekers, 0, List.of(worse), List.of(reference))).isEqualTo(0.8);
        assertThat(SpeedBenchmark.recall(engine, profiles, seekers, 0, List.of(List.of()), List.of(reference))).isZero();
    }

    @Test
    void theIndexFindsWhatExhaustiveScoringFinds() {
        var exhaustive = new ExhaustiveScoring(engine, profiles);
        int[] seekers = new int[60];
        var found = new ArrayList<List<String>>();
        var reference = new ArrayList<List<ExhaustiveScoring.Scored>>();
        for (int q = 0; q < seekers.length; q++) {
            seekers[q] = q * 5;
            found.add(engine.topMatches(profiles.get(q * 5).id(), 10, TextLanguage.EN).stream().map(m -> m.id()).toList());
            reference.add(exhaustive.top(q * 5, 10));
        }
        assertThat(SpeedBenchmark.recall(engine, profiles, seekers, 0, found, reference)).isGreaterThanOrEqualTo(0.95);
    }
}
