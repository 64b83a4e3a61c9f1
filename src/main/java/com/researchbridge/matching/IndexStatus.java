package com.researchbridge.matching;

import java.time.Instant;

/**
 * The matching index as the administrator sees it; {@code progress} runs from 0 to 1 during a rebuild;
 * {@code failedAt} and {@code failure} tell of the last build that failed, until one succeeds.
 */
public record IndexStatus(int profiles, Instant builtAt, long buildMillis, boolean rebuilding, double progress,
                          Instant failedAt, String failure) {

    IndexStatus withFailure(Instant at, String message) {
        return new IndexStatus(profiles, builtAt, buildMillis, rebuilding, progress, at, message);
    }

    public boolean failed() {
        return failedAt != null;
    }
}
