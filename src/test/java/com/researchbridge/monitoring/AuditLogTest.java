package com.researchbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.PasswordResetRequested;
import com.researchbridge.security.PasswordResetService;
import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class AuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    PasswordResetService resets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    private List<AuditEntry> latest(AuditAction action, String text) {
        var result = new AtomicReference<List<AuditEntry>>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> result.set(log.search(action, text, PageRequest.of(0, 20)).getContent()));
        return result.get();
    }

    @Test
    void actionsAreRecordedWithWhoDidThemAndNoSecrets() {
        long office = ProjectPeople.accountOf(jdbc, "office@satbayev.example");
        RunAs.user(users, DemoAccounts.ADMIN, () -> accounts.setBlocked(new AccountId(office), true));
        RunAs.user(users, DemoAccounts.ADMIN, () -> accounts.setBlocked(new AccountId(office), false));
        var blocked = latest(AuditAction.ACCOUNT_BLOCKED, "satbayev").getFirst();
        assertThat(blocked.actorName()).isEqualTo("Aliya Demo-Admin");
        assertThat(blocked.subject()).isEqualTo("office@satbayev.example");
        assertThat(latest(AuditAction.ACCOUNT_UNBLOCKED, "satbayev")).isNotEmpty();

        Anonymous.run(() -> resets.requestLink(DemoAccounts.OFFICE_NU));
        String token = events.stream(PasswordResetRequested.class).reduce((a, b) -> b).orElseThrow().token();
        var link = latest(AuditAction.PASSWORD_LINK_REQUESTED, "office@nu").getFirst();
        assertThat(link.actorName()).isEqualTo("visitor");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject like ? or details like ?", Long.class,
                "%" + token + "%", "%" + token + "%")).as("the token is never written to the log").isZero();

        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-ENU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-XJU");
        RunAs.user(users, kz, () -> projects.propose(new AccountId(ProjectPeople.accountOf(jdbc, cn)),
                new ProjectForm("Audit trail study", "A plan.")));
        var step = latest(AuditAction.PROJECT_STEP, "audit trail").getFirst();
        assertThat(step.details()).isEqualTo("PROPOSE PROPOSED");
        assertThat(latest(null, "")).extracting(AuditEntry::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aRefusedActionLeavesNoLine() {
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-KAZNU");
        RunAs.user(users, kz, () -> assertThatThrownBy(() -> projects.propose(
                new AccountId(ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_KZ)), new ProjectForm("x", "y")))
                .isInstanceOf(com.researchbridge.project.ProjectRefused.class));
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () ->
                assertThatThrownBy(() -> log.search(null, "", PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () ->
                assertThatThrownBy(() -> log.search(null, "", PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class));
    }
}
