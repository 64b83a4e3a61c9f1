package com.researchbridge.project;

import java.time.LocalDate;

/** An output as the project page shows it; the link is an http(s) address or {@code null}. */
public record ProjectOutputView(long id, OutputKind kind, String title, LocalDate occurredOn, String link, String reporterName) {
}
