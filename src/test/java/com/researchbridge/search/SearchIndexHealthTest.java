package com.researchbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** A node whose partner search index is not built yet is out of service for the load balancer. */
class SearchIndexHealthTest {

    @Test
    void aNodeWhoseSearchIndexIsNotBuiltIsOutOfService() {
        var indexer = new PartnerSearchIndexer(null, null, null, null, null);
        assertThat(new SearchIndexHealth(indexer).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }
}
