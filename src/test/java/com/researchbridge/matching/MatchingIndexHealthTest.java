package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** A node whose matching index is not built yet is out of service for the load balancer. */
class MatchingIndexHealthTest {

    @Test
    void aNodeWithoutAMatchingIndexIsOutOfService() {
        var index = new MatchingIndex(null, null, null, null, null, true);
        assertThat(new MatchingIndexHealth(index).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void aNodeStartedWithoutIndexOnPurposeIsNotHeldBack() {
        var index = new MatchingIndex(null, null, null, null, null, false);
        assertThat(new MatchingIndexHealth(index).health().getStatus()).isEqualTo(Status.UP);
    }
}
