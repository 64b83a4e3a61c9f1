package com.researchbridge.project;

import java.time.LocalDate;

/** A milestone as the project page shows it; {@code overdue} when its due date passed before it was reached. */
public record ProjectMilestoneView(long id, String title, LocalDate dueOn, LocalDate doneOn, boolean overdue) {
}
