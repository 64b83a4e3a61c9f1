package com.researchbridge.matching;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group ({@code /actuator/health/readiness}): a node whose matching index is still being
 * built (up to a minute at 100,000 profiles) or failed to build is out of service, so the load balancer sends
 * users to a node that can suggest partners. Liveness is not affected: restarting would only start over.
 */
@Component("matchingIndexHealthIndicator")
class MatchingIndexHealth implements HealthIndicator {

    private final MatchingIndex index;

    MatchingIndexHealth(MatchingIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (index.serving()) {
            return Health.up().build();
        }
        var status = index.status();
        return (status.failed() ? Health.down() : Health.outOfService()).build();
    }
}
