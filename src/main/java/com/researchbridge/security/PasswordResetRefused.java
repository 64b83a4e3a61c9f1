package com.researchbridge.security;

/** A new-password link that cannot be used, or a password it cannot set; nothing was changed. */
public class PasswordResetRefused extends RuntimeException {

    public enum Reason {
        INVALID, WEAK_PASSWORD;

        public String translationKey() {
            return "passwordReset.refused." + name();
        }
    }

    private final Reason reason;

    public PasswordResetRefused(Reason reason) {
        super("Password reset refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
