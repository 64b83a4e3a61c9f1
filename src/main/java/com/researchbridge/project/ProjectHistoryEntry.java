package com.researchbridge.project;

import java.time.Instant;

/** A step of a project's history as pages show it. */
public record ProjectHistoryEntry(ProjectAction action, ProjectStatus status, String actorName, Instant at,
                                  String comment) {
}
