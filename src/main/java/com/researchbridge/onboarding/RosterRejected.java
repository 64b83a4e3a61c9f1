package com.researchbridge.onboarding;

/** The whole file was refused (encoding, size, CSV syntax, or rows that are not all valid); nothing was stored. */
public class RosterRejected extends RuntimeException {

    private final transient Problem problem;
    private final transient ValidationReport report;

    RosterRejected(Problem problem) {
        this(problem, null);
    }

    RosterRejected(Problem problem, ValidationReport report) {
        super("CSV file refused: " + problem.messageKey());
        this.problem = problem;
        this.report = report;
    }

    public Problem problem() {
        return problem;
    }

    /** The fresh report when the rows were re-checked at import time; null when the file could not be read. */
    public ValidationReport report() {
        return report;
    }
}
