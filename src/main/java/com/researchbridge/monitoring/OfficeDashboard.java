package com.researchbridge.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/** A research office's dashboard: the charts for its institution, what waits for it, and its researchers' profiles. */
public record OfficeDashboard(Dashboard dashboard, List<PendingDecision> pending, Completeness completeness,
                              List<ProfileGaps> incompleteProfiles) {

    /** A project this office has still to approve or reject; {@code days} since it was sent to the offices. */
    public record PendingDecision(long projectId, String title, String initiator, String partner,
                                  OffsetDateTime submittedAt, long days) {
    }

    /** How many of the institution's researchers (those it may see) lack each part of a profile. */
    public record Completeness(long researchers, long withoutSummary, long withoutEnglish, long withoutPublications,
                               long withoutField) {
    }

    /** One researcher whose profile lacks something. */
    public record ProfileGaps(long accountId, String name, boolean summary, boolean english, long publications,
                              boolean field) {
    }
}
