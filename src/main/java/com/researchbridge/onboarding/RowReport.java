package com.researchbridge.onboarding;

import java.util.List;

/** The check of one row: its number in the file (the header is row 1), what it names, and its problems. */
public record RowReport(int rowNumber, String email, String fullName, List<Problem> problems) {

    public RowReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
