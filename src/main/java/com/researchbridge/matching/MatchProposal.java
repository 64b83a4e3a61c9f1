package com.researchbridge.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A collaboration the proposal batch proposed to two researchers of different countries. */
@Entity
@Table(name = "match_proposal")
class MatchProposal {

    enum Status { OPEN, DISMISSED, TAKEN_UP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_low", nullable = false)
    private long accountLow;

    @Column(name = "account_high", nullable = false)
    private long accountHigh;

    @Column(name = "score", nullable = false)
    private double score;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MatchProposal() {
    }

    MatchProposal(long a, long b, double score, Instant createdAt) {
        if (a == b) {
            throw new IllegalArgumentException("A researcher cannot be proposed to themselves");
        }
        this.accountLow = Math.min(a, b);
        this.accountHigh = Math.max(a, b);
        this.score = score;
        this.createdAt = createdAt;
    }

    /** Dismissed by either researcher; an open proposal can be dismissed once. */
    void dismiss() {
        status = Status.DISMISSED;
    }

    /** One of the two proposed a joint project to the other: the proposal did its work. */
    void takeUp() {
        status = Status.TAKEN_UP;
    }

    long other(long account) {
        return account == accountLow ? accountHigh : accountLow;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchProposal other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return MatchProposal.class.hashCode();
    }
}
