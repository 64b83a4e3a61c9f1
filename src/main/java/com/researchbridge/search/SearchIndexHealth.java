package com.researchbridge.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group ({@code /actuator/health/readiness}): until the partner search index is built, a
 * search on this node would wait or find nobody, so the node reports itself out of service.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final PartnerSearchIndexer indexer;

    SearchIndexHealth(PartnerSearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public Health health() {
        return (indexer.serving() ? Health.up() : Health.outOfService()).build();
    }
}
