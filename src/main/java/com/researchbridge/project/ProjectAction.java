package com.researchbridge.project;

/**
 * What someone can do to a joint project; each action taken is recorded in the project's history. The first
 * eleven move the project through its workflow; the others record the work of an approved project.
 */
public enum ProjectAction {
    PROPOSE, REVISE, ACCEPT, DECLINE, WITHDRAW, SUBMIT, APPROVE, REJECT, START, COMPLETE, CANCEL,
    /** A progress update: text for the partner and the offices. */
    NOTE,
    /** A milestone planned. */
    PLAN,
    /** A milestone reached. */
    REACH,
    /** An output reported. */
    REPORT,
    /** An output removed again (reported by mistake). */
    RETRACT;

    /** Whether the action moves the project through its workflow (as opposed to recording its work). */
    public boolean isStep() {
        return ordinal() <= CANCEL.ordinal();
    }

    /**
     * Whether the project waits for someone to take this action: the partner's answer, sending the agreed project
     * to the offices, an office's decision, starting the approved project. Work on a project under way does not
     * wait for anybody.
     */
    public boolean awaitsDecision() {
        return this == ACCEPT || this == SUBMIT || this == APPROVE || this == START;
    }

    /** Whether the action needs a text the others can read: a reason, or the progress update itself. */
    public boolean needsReason() {
        return this == REJECT || this == CANCEL || this == NOTE;
    }

    /** Whether the action takes a comment (required when {@link #needsReason()}). */
    public boolean takesComment() {
        return switch (this) {
            case ACCEPT, DECLINE, WITHDRAW, APPROVE, REJECT, COMPLETE, CANCEL, NOTE -> true;
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
