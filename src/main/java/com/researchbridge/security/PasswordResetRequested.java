package com.researchbridge.security;

import java.time.Instant;

/**
 * Published when someone asks for a new-password link for an existing, enabled account, in that transaction:
 * the only place the token travels besides the e-mail. Nothing is published for unknown addresses.
 */
public record PasswordResetRequested(Contact to, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[" + to.email() + "]";
    }
}
