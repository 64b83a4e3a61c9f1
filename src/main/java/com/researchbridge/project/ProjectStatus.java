package com.researchbridge.project;

/**
 * Where a joint project stands. {@code PROPOSED → AGREED → IN_REVIEW → APPROVED → ACTIVE → COMPLETED}, with the
 * side exits {@code DECLINED} (by the partner), {@code REJECTED} (by either office), {@code WITHDRAWN} (before
 * approval) and {@code CANCELLED} (after approval).
 */
public enum ProjectStatus {
    PROPOSED, AGREED, IN_REVIEW, APPROVED, ACTIVE, COMPLETED, DECLINED, REJECTED, WITHDRAWN, CANCELLED;

    /** Whether nothing can happen to the project any more. */
    public boolean ended() {
        return switch (this) {
            case COMPLETED, DECLINED, REJECTED, WITHDRAWN, CANCELLED -> true;
            default -> false;
        };
    }

    public String translationKey() {
        return "project.status." + name();
    }
}
