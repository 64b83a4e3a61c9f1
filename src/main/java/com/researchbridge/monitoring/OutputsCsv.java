package com.researchbridge.monitoring;

import com.researchbridge.base.Country;
import com.researchbridge.base.SpreadsheetFile;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.project.Participant;
import com.researchbridge.project.ProjectOutputRow;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the outputs of all joint projects as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
 * programs read Kazakh and Chinese correctly). Column names are stable English identifiers, not UI text: the
 * file is meant for further processing. The kind of output and the institutions are written for the reader who
 * downloads it (a label, not JOINT_PUBLICATION); the kind's code stays in the last column for programs. Text
 * users wrote cannot start a spreadsheet formula.
 */
final class OutputsCsv {

    static final String[] HEADER = {"project_id", "project_title", "output_kind", "output_title", "output_date", "link",
        "reported_by", "kz_researcher", "kz_institution", "cn_researcher", "cn_institution", "output_kind_code"};

    private OutputsCsv() {
    }

    static String write(List<ProjectOutputRow> rows, InstitutionService institutions, java.util.Locale reader) {
        var labels = com.researchbridge.base.TranslationProvider.bundle(com.researchbridge.base.UiLanguage.of(reader).locale());
        return SpreadsheetFile.csv(HEADER, rows.stream().map(row -> {
            boolean initiatorIsKz = institutions.find(row.initiator().institution())
                    .map(i -> i.country() == Country.KZ).orElse(false);
            Participant kz = initiatorIsKz ? row.initiator() : row.partner();
            Participant cn = initiatorIsKz ? row.partner() : row.initiator();
            var o = row.output();
            return Arrays.<Object>asList(row.projectId(), row.projectTitle(), labels.getString(o.kind().translationKey()),
                    o.title(), o.occurredOn(), o.link(), o.reporterName(), kz.name(), institutionName(institutions, kz, reader),
                    cn.name(), institutionName(institutions, cn, reader), o.kind().name());
        }).toList());
    }

    private static String institutionName(InstitutionService institutions, Participant p, java.util.Locale reader) {
        return institutions.find(p.institution()).map(i -> i.displayName(reader)).orElse("");
    }
}
