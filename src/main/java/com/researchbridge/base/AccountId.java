package com.researchbridge.base;

/** Identifies a user account. */
public record AccountId(long value) {
}
