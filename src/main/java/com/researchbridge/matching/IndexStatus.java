package com.researchbridge.matching;

import java.time.Instant;

/** The matching index as the administrator sees it; {@code progress} runs from 0 to 1 during a rebuild. */
public record IndexStatus(int profiles, Instant builtAt, long buildMillis, boolean rebuilding, double progress) {
}
