package com.researchbridge.project;

import com.researchbridge.base.SpreadsheetFile;
import com.researchbridge.institution.InstitutionService;
import java.util.Arrays;
import java.util.List;

/**
 * Joint projects as CSV (RFC 4180, UTF-8 with a byte order mark, stable English column names, text users wrote
 * made safe for spreadsheets).
 */
final class ProjectsCsv {

    static final String[] HEADER = {"project_id", "title", "status", "initiator", "initiator_institution",
        "initiator_office_review", "partner", "partner_institution", "partner_office_review", "proposed", "last_change"};

    private ProjectsCsv() {
    }

    static String write(List<ProjectSummary> projects, InstitutionService institutions) {
        return SpreadsheetFile.csv(HEADER, projects.stream().map(p -> Arrays.<Object>asList(p.id(), p.title(), p.status().name(),
                p.initiator().name(), institution(institutions, p.initiator()),
                p.initiatorReview() == null ? "" : p.initiatorReview().name(),
                p.partner().name(), institution(institutions, p.partner()),
                p.partnerReview() == null ? "" : p.partnerReview().name(), p.createdAt(), p.updatedAt())).toList());
    }

    private static String institution(InstitutionService institutions, Participant p) {
        return institutions.find(p.institution()).map(i -> i.nameEn()).orElse("");
    }
}
