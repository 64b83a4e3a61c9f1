package com.researchbridge.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateLimitsTest {

    @Test
    void thePoolGrowsWithTheCorpusBetweenItsBounds() {
        var limits = CandidateSearch.Limits.DEFAULT;
        assertThat(limits.poolFor(0)).isEqualTo(200);
        assertThat(limits.poolFor(10_000)).isEqualTo(200);
        assertThat(limits.poolFor(50_000)).isEqualTo(500);
        assertThat(limits.poolFor(100_000)).isEqualTo(limits.pool());
        assertThat(limits.poolFor(5_000_000)).isEqualTo(limits.pool());
    }

    @Test
    void aDeliberatelySmallPoolStaysSmall() {
        assertThat(new CandidateSearch.Limits(4, 0, 10).poolFor(100_000)).isEqualTo(10);
    }
}
