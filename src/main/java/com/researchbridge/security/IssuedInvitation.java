package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import java.time.Instant;

/** A new invitation with its token: the token exists only here, the database keeps its hash. */
public record IssuedInvitation(AccountId account, String email, String fullName, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + email + "]";
    }
}
