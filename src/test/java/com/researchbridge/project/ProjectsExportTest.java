package com.researchbridge.project;

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
class ProjectsExportTest {

    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private List<CSVRecord> export(String who, ProjectScope scope) throws IOException {
        var csv = new AtomicReference<String>();
        RunAs.user(users, who, () -> csv.set(projects.exportCsv(scope)));
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(csv.get().substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactly(ProjectsCsv.HEADER);
            return parser.getRecords();
        }
    }

    @Test
    void anOfficeExportsItsInstitutionsProjectsAndAnAdministratorAllOfThem() throws IOException {
        var office = export(DemoAccounts.OFFICE_KAZNU, ProjectScope.ALL);
        assertThat(office).isNotEmpty().allSatisfy(r -> assertThat(r.get("initiator_institution") + r.get("partner_institution"))
                .contains("Al-Farabi Kazakh National University"));
        var all = export(DemoAccounts.ADMIN, ProjectScope.ALL);
        assertThat((long) all.size()).isEqualTo(jdbc.queryForObject("select count(*) from joint_project", Long.class));
        assertThat(all).anyMatch(r -> r.get("status").equals("COMPLETED") && r.get("initiator_office_review").equals("APPROVED"));
        assertThat(export(DemoAccounts.ADMIN, ProjectScope.ENDED)).allMatch(r -> List.of("COMPLETED", "DECLINED", "REJECTED",
                "WITHDRAWN", "CANCELLED").contains(r.get("status")));
    }

    @Test
    void researchersDoNotExport() {
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                assertThatThrownBy(() -> projects.exportCsv(ProjectScope.ALL)).isInstanceOf(AccessDeniedException.class));
    }
}
