package com.researchbridge.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "details", length = 1000)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorAccountId, String actorName, AuditAction action, String subject, String details) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = clip(actorName, 200);
        this.action = action;
        this.subject = clip(subject, 300);
        this.details = details == null ? null : clip(details, 1000);
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actorName, action, subject, details);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEvent other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AuditEvent.class.hashCode();
    }
}
