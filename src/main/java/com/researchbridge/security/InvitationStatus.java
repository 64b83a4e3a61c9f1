package com.researchbridge.security;

/** Where an invitation stands; derived from its dates, never stored. */
public enum InvitationStatus {
    PENDING, ACCEPTED, EXPIRED;

    public String translationKey() {
        return "invitation.status." + name();
    }
}
