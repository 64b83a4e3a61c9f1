package com.researchbridge.monitoring;

/** The kinds of things the audit log records. */
public enum AuditAction {
    ACCOUNT_REGISTERED, ACCOUNT_BLOCKED, ACCOUNT_UNBLOCKED, ACCOUNT_DELETED, OFFICE_CREATED, INVITATION_ISSUED,
    PASSWORD_LINK_REQUESTED, PROJECT_STEP, VOCABULARY_EDITED;

    public String translationKey() {
        return "audit.action." + name();
    }
}
