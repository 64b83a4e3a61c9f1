package com.researchbridge.base;

/**
 * A result that cannot be given yet, or not at all for now, because what it is computed from is still being built
 * or failed to build. Thrown instead of answering with an empty list, which a user would read as "nothing found".
 */
public class StillPreparing extends RuntimeException {

    /** Whether to wait a moment, or whether the build failed and an administrator has to look. */
    public enum Reason { PREPARING, FAILED }

    private final Reason reason;

    public StillPreparing(Reason reason, String what) {
        super(what + (reason == Reason.FAILED ? " failed to build" : " is still being built"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The translation key of the message for users. */
    public String messageKey() {
        return reason == Reason.FAILED ? "error.unavailable" : "error.preparing";
    }
}
