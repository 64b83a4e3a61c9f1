package com.researchbridge.onboarding.ui;

import com.researchbridge.onboarding.Problem;
import com.researchbridge.onboarding.RowReport;
import com.researchbridge.onboarding.ValidationReport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;

/** The check of a file: a summary line and every row with its status, problems in the reader's language. */
class RosterReportGrid extends VerticalLayout {

    private static final int SHOWN_IN_FULL = 15;

    private final Paragraph summary = new Paragraph();
    private final Checkbox onlyProblems = new Checkbox();
    private final Grid<RowReport> grid = new Grid<>();
    private ValidationReport report;

    RosterReportGrid() {
        setPadding(false);
        summary.setId("onboarding-summary");
        onlyProblems.setLabel(getTranslation("onboarding.onlyProblems"));
        onlyProblems.addValueChangeListener(e -> showRows());
        grid.setId("onboarding-report");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RowReport::rowNumber).setHeader(getTranslation("onboarding.column.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowReport::email).setHeader(getTranslation("onboarding.column.email")).setFlexGrow(2);
        grid.addColumn(RowReport::fullName).setHeader(getTranslation("onboarding.column.name")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("onboarding.column.status")).setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.valid() ? "rb-row-ok" : "rb-row-problem");
        add(summary, onlyProblems, grid);
        setVisible(false);
    }

    void show(ValidationReport newReport) {
        this.report = newReport;
        summary.setText(getTranslation("onboarding.summary", newReport.rows().size(), newReport.validRows(),
                newReport.invalidRows()));
        onlyProblems.setVisible(newReport.invalidRows() > 0);
        showRows();
        setVisible(!newReport.rows().isEmpty());
    }

    private void showRows() {
        if (report != null) {
            var rows = report.rows().stream().filter(r -> !onlyProblems.getValue() || !r.valid()).toList();
            grid.setItems(rows);
            // Short files show every row; long ones scroll inside the grid so that the import choice stays in reach.
            grid.setAllRowsVisible(rows.size() <= SHOWN_IN_FULL);
            grid.setHeight(rows.size() <= SHOWN_IN_FULL ? null : "26em");
        }
    }

    String status(RowReport row) {
        if (row.valid()) {
            return getTranslation("onboarding.status.ok");
        }
        return row.problems().stream().map(this::text).collect(Collectors.joining("; "));
    }

    String text(Problem problem) {
        return getTranslation(problem.messageKey(), problem.argumentArray());
    }
}
