package com.researchbridge.onboarding;

import java.util.List;

/** The check of a whole file: problems of the file itself (such as a missing column) and each row's report. */
public record ValidationReport(List<Problem> fileProblems, List<RowReport> rows) {

    public ValidationReport {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public long validRows() {
        return rows.stream().filter(RowReport::valid).count();
    }

    public long invalidRows() {
        return rows.size() - validRows();
    }

    /** Whether an import in this mode would store anything. */
    public boolean importable(ImportMode mode) {
        if (!fileProblems.isEmpty() || validRows() == 0) {
            return false;
        }
        return mode == ImportMode.VALID_ROWS || invalidRows() == 0;
    }
}
