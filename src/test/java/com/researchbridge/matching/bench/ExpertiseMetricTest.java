package com.researchbridge.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.researchbridge.matching.bench.ExpertiseBenchmark.Rating;
import java.util.HashMap;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ExpertiseMetricTest {

    private final List<Rating> ratings = List.of(
            new Rating("r1", "a", 5.0), new Rating("r1", "b", 4.5), new Rating("r1", "c", 2.0), new Rating("r1", "d", 1.0),
            new Rating("r2", "a", 1.0), new Rating("r2", "e", 4.0));

    private ExpertiseBenchmark.Result evaluate(ToDoubleFunction<Rating> scorer) {
        var scores = new HashMap<Rating, Double>();
        ratings.forEach(r -> scores.put(r, scorer.applyAsDouble(r)));
        return ExpertiseBenchmark.evaluate(ratings, scores);
    }

    @Test
    void aPerfectScorerLosesNothingAndResolvesEveryPair() {
        var result = evaluate(Rating::expertise);
        assertThat(result.loss()).isZero();
        assertThat(result.easy()).isEqualTo(1.0);
        assertThat(result.hard()).isEqualTo(1.0);
    }

    @Test
    void aReversedScorerLosesEverything() {
        assertThat(evaluate(r -> -r.expertise()).loss()).isEqualTo(1.0);
    }

    @Test
    void aConstantScorerLosesHalf() {
        var result = evaluate(r -> 0.5);
        assertThat(result.loss()).isCloseTo(0.5, within(1e-12));
        assertThat(result.easy()).isZero();
    }

    @Test
    void pairsAreWeightedByTheirExpertiseGap() {
        // Only the a–b pair of r1 (gap 0.5) is swapped: loss = 0.5 / total gaps.
        double total = 0.5 + 3 + 4 + 2.5 + 3.5 + 1 + 3;
        var result = evaluate(r -> r.paper().equals("b") ? 6 : r.expertise());
        assertThat(result.loss()).isCloseTo(0.5 / total, within(1e-12));
        assertThat(result.hard()).isZero();
    }
}
