package com.researchbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class OutputsExportTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private List<CSVRecord> export() throws IOException {
        var csv = new AtomicReference<String>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> csv.set(dashboard.outputsCsv()));
        assertThat(csv.get()).startsWith("\uFEFF");
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(csv.get().substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactly(OutputsCsv.HEADER);
            return parser.getRecords();
        }
    }

    @Test
    void theExportHasEveryOutputWithBothSidesAndReadsBackIntact() throws IOException {
        var records = export();
        assertThat((long) records.size()).isEqualTo(jdbc.queryForObject("select count(*) from project_output", Long.class));
        var paper = records.stream().filter(r -> r.get("output_kind").equals("Joint publication")
                && r.get("output_title").startsWith("Uranium dissolution kinetics")).findFirst().orElseThrow();
        assertThat(paper.get("link")).isEqualTo("https://doi.org/10.5555/rb-demo-uranium-2026");
        assertThat(paper.get("kz_institution")).contains("Satbayev");
        assertThat(paper.get("cn_institution")).contains("Lanzhou");
        assertThat(paper.get("project_title")).startsWith("Кинетика выщелачивания урана");
        assertThat(records).anyMatch(r -> r.get("output_title").contains("兰州—阿拉木图"));
    }

    @Test
    void textThatWouldStartASpreadsheetFormulaIsDefused() throws IOException {
        long id = jdbc.queryForObject("select min(project_id) from project_output", Long.class);
        jdbc.update("""
                insert into project_output (project_id, kind, title, occurred_on, reporter_name, created_at)
                values (?, 'EVENT', '=HYPERLINK("http://evil.example","x")', current_date, '@someone', current_timestamp)""", id);
        try {
            var row = export().stream().filter(r -> r.get("output_title").contains("HYPERLINK")).findFirst().orElseThrow();
            assertThat(row.get("output_title")).startsWith("'=");
            assertThat(row.get("reported_by")).isEqualTo("'@someone");
        } finally {
            jdbc.update("delete from project_output where title like '=HYPERLINK%'");
        }
        assertThat(com.researchbridge.base.SpreadsheetText.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(com.researchbridge.base.SpreadsheetText.cell("Hardy inequalities")).isEqualTo("Hardy inequalities");
    }

    @Test
    void onlyAdministratorsExport() {
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () ->
                assertThatThrownBy(() -> dashboard.outputsCsv()).isInstanceOf(AccessDeniedException.class));
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                assertThatThrownBy(() -> dashboard.outputsByKind()).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void kindsAndInstitutionsAreWrittenInTheReadersLanguageWithTheCodeKeptForPrograms() throws IOException {
        var csv = new AtomicReference<String>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> csv.set(dashboard.outputsCsv(com.researchbridge.base.UiLanguage.ZH.locale())));
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(csv.get().substring(1)))) {
            var paper = parser.getRecords().stream().filter(r -> r.get("output_kind_code").equals("JOINT_PUBLICATION"))
                    .findFirst().orElseThrow();
            assertThat(paper.get("output_kind")).isEqualTo("合作论文").doesNotContain("JOINT_PUBLICATION");
            assertThat(paper.get("cn_institution")).doesNotContain("University");
        }
        assertThat(csv.get()).doesNotContain(",JOINT_PUBLICATION,");
    }
}
