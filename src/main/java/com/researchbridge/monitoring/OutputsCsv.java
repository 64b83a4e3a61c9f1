package com.researchbridge.monitoring;

import static com.researchbridge.base.SpreadsheetText.cell;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.project.Participant;
import com.researchbridge.project.ProjectOutputRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the outputs of all joint projects as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
 * programs read Kazakh and Chinese correctly). Column names are stable English identifiers, not UI text: the
 * file is meant for further processing. Text users wrote cannot start a spreadsheet formula.
 */
final class OutputsCsv {

    static final String[] HEADER = {"project_id", "project_title", "output_kind", "output_title", "output_date", "link",
        "reported_by", "kz_researcher", "kz_institution", "cn_researcher", "cn_institution"};

    private OutputsCsv() {
    }

    static String write(List<ProjectOutputRow> rows, InstitutionService institutions) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ProjectOutputRow row : rows) {
                boolean initiatorIsKz = institutions.find(row.initiator().institution())
                        .map(i -> i.country() == Country.KZ).orElse(false);
                Participant kz = initiatorIsKz ? row.initiator() : row.partner();
                Participant cn = initiatorIsKz ? row.partner() : row.initiator();
                var o = row.output();
                printer.printRecord(row.projectId(), cell(row.projectTitle()), o.kind().name(), cell(o.title()),
                        o.occurredOn(), o.link() == null ? "" : cell(o.link()), cell(o.reporterName()), cell(kz.name()),
                        institutionName(institutions, kz), cell(cn.name()), institutionName(institutions, cn));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String institutionName(InstitutionService institutions, Participant p) {
        return institutions.find(p.institution()).map(i -> i.nameEn()).orElse("");
    }
}
