package com.researchbridge.monitoring;

import java.time.Instant;

/** A line of the audit log; {@code details} holds values that the page words per {@link AuditAction#detailsKind()}. */
public record AuditEntry(Instant at, String actorName, AuditAction action, String subject, String details) {
}
