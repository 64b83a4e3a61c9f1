package com.researchbridge.project;

/** What someone can do to a joint project; each action taken is recorded in the project's history. */
public enum ProjectAction {
    PROPOSE, REVISE, ACCEPT, DECLINE, WITHDRAW, SUBMIT, APPROVE, REJECT, START, COMPLETE, CANCEL;

    /** Whether the action needs a reason the other side can read. */
    public boolean needsReason() {
        return this == REJECT || this == CANCEL;
    }

    /** Whether the action takes an optional comment. */
    public boolean takesComment() {
        return switch (this) {
            case ACCEPT, DECLINE, WITHDRAW, APPROVE, REJECT, COMPLETE, CANCEL -> true;
            default -> false;
        };
    }

    /** The label of the button that takes the action. */
    public String buttonKey() {
        return "project.action." + name();
    }

    /** How the history tells that someone took the action. */
    public String eventKey() {
        return "project.event." + name();
    }
}
