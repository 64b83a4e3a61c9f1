package com.researchbridge.project;

/** Which of the projects one may see a list shows. */
public enum ProjectScope {
    /** Those that wait for the viewer's decision (an answer, sending to the offices, approval, the start). */
    NEEDS_ACTION,
    /** Those still going on: not ended. */
    LIVE,
    /** Those that ended, whichever way. */
    ENDED,
    ALL;

    public String translationKey() {
        return "project.scope." + name();
    }

    boolean includes(ProjectStatus status, boolean viewerCanAct) {
        return switch (this) {
            case NEEDS_ACTION -> viewerCanAct;
            case LIVE -> !status.ended();
            case ENDED -> status.ended();
            case ALL -> true;
        };
    }
}
