package com.researchbridge.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A suggested partner the researcher dismissed. */
@Entity
@Table(name = "match_dismissal")
class MatchDismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "partner_account_id", nullable = false)
    private long partnerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private DismissReason reason;

    @Column(name = "comment_text", length = 500)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MatchDismissal() {
    }

    MatchDismissal(long accountId, long partnerAccountId, DismissReason reason, String comment, Instant createdAt) {
        this.accountId = accountId;
        this.partnerAccountId = partnerAccountId;
        this.reason = reason;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    long partnerAccountId() {
        return partnerAccountId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchDismissal other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return MatchDismissal.class.hashCode();
    }
}
