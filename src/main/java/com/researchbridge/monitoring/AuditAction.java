package com.researchbridge.monitoring;

/** The kinds of things the audit log records. */
public enum AuditAction {
    ACCOUNT_REGISTERED, ACCOUNT_BLOCKED, ACCOUNT_UNBLOCKED, ACCOUNT_DELETED, OFFICE_CREATED, INVITATION_ISSUED,
    PASSWORD_LINK_REQUESTED, PROJECT_STEP, VOCABULARY_EDITED, SIGNED_IN, SIGN_IN_FAILED;

    /** What the details of a line of this kind hold. */
    public enum Details { NONE, EXPIRY, INSTITUTION, PROJECT_STEP, VOCABULARY_CHANGE }

    public String translationKey() {
        return "audit.action." + name();
    }

    public Details detailsKind() {
        return switch (this) {
            case INVITATION_ISSUED, PASSWORD_LINK_REQUESTED -> Details.EXPIRY;
            case OFFICE_CREATED -> Details.INSTITUTION;
            case PROJECT_STEP -> Details.PROJECT_STEP;
            case VOCABULARY_EDITED -> Details.VOCABULARY_CHANGE;
            default -> Details.NONE;
        };
    }
}
