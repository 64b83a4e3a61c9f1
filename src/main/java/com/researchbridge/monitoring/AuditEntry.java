package com.researchbridge.monitoring;

import java.time.Instant;

/** A line of the audit log as the administrator reads it. */
public record AuditEntry(Instant at, String actorName, AuditAction action, String subject, String details) {
}
