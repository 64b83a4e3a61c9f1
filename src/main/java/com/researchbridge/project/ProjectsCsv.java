package com.researchbridge.project;

import com.researchbridge.base.SpreadsheetText;
import com.researchbridge.institution.InstitutionService;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ProjectSummary p : projects) {
                printer.printRecord(p.id(), SpreadsheetText.cell(p.title()), p.status().name(),
                        SpreadsheetText.cell(p.initiator().name()), institution(institutions, p.initiator()),
                        p.initiatorReview() == null ? "" : p.initiatorReview().name(),
                        SpreadsheetText.cell(p.partner().name()), institution(institutions, p.partner()),
                        p.partnerReview() == null ? "" : p.partnerReview().name(), p.createdAt(), p.updatedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String institution(InstitutionService institutions, Participant p) {
        return institutions.find(p.institution()).map(i -> i.nameEn()).orElse("");
    }
}
