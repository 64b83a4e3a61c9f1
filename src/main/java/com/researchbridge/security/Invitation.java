package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A research office's invitation of one researcher; it guards its own use (once, before it expires). */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Invitation() {
    }

    Invitation(AccountId account, InstitutionId institution, String tokenHash, AccountId createdBy, Instant now,
               Instant expiresAt) {
        this.accountId = account.value();
        this.institutionId = institution.value();
        this.tokenHash = tokenHash;
        this.createdBy = createdBy.value();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    InvitationStatus status(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    /** Refuses a used or expired invitation; the caller activates the account in the same transaction. */
    void accept(Instant now) {
        switch (status(now)) {
            case ACCEPTED -> throw new InvitationRefused(InvitationRefused.Reason.USED);
            case EXPIRED -> throw new InvitationRefused(InvitationRefused.Reason.EXPIRED);
            case PENDING -> acceptedAt = now;
        }
    }

    /** A new link replaces the old one (whose token stops working) and runs for a new period. */
    void renew(String newTokenHash, Instant now, Instant newExpiry) {
        if (acceptedAt != null) {
            throw new InvitationRefused(InvitationRefused.Reason.USED);
        }
        this.tokenHash = newTokenHash;
        this.createdAt = now;
        this.expiresAt = newExpiry;
    }

    boolean belongsTo(InstitutionId institution) {
        return institution != null && institutionId.equals(institution.value());
    }

    AccountId account() {
        return new AccountId(accountId);
    }

    Long id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invitation other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Invitation.class.hashCode();
    }
}
