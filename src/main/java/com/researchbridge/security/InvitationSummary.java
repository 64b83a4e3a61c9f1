package com.researchbridge.security;

import java.time.Instant;

/** An invitation as the research office sees it in its list. */
public record InvitationSummary(long id, String email, String fullName, Instant createdAt, Instant expiresAt,
                                Instant acceptedAt, InvitationStatus status) {
}
