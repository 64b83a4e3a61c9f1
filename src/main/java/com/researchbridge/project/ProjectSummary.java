package com.researchbridge.project;

import java.time.Instant;

/** A joint project as lists show it. The reviews are {@code null} until the project is submitted. */
public record ProjectSummary(long id, String title, ProjectStatus status, Participant initiator, Participant partner,
                             OfficeReview initiatorReview, OfficeReview partnerReview, Instant createdAt,
                             Instant updatedAt) {
}
