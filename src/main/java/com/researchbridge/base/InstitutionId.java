package com.researchbridge.base;

/** Identifies a university or research institute. */
public record InstitutionId(long value) {
}
