package com.researchbridge.security;

/** An invitation link that cannot be used, or a password it cannot be accepted with; nothing was changed. */
public class InvitationRefused extends RuntimeException {

    public enum Reason {
        UNKNOWN, EXPIRED, USED, WEAK_PASSWORD;

        public String translationKey() {
            return "invitation.refused." + name();
        }
    }

    private final Reason reason;

    public InvitationRefused(Reason reason) {
        super("Invitation refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
