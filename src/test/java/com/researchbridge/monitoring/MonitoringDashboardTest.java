package com.researchbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.TranslationProvider;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures against independent counts over the demo data, the funnel's medians against projects whose
 * dates we set, the office's restriction to its own institution, and who may not ask.
 */
@IntegrationTest
class MonitoringDashboardTest {

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TranslationProvider translations;

    private <T> T as(String email, Supplier<T> call) {
        var result = new AtomicReference<T>();
        RunAs.user(users, email, () -> result.set(call.get()));
        return result.get();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long institution(String code) {
        return count("select id from institution where code = ?", code);
    }

    @Test
    void theAdministratorsFiguresAddUpToWhatTheTablesHold() {
        var d = as(DemoAccounts.ADMIN, () -> service.dashboard(MonitoringFilter.none()));
        assertThat(d.funnel().requests()).isPositive().isEqualTo(count("select count(*) from joint_project"));
        assertThat(d.funnel().proposals()).isEqualTo(count("select count(*) from match_proposal"));
        assertThat(d.outputs().stream().mapToLong(Dashboard.YearCount::count).sum())
                .isPositive().isEqualTo(count("select count(*) from project_output"));
        assertThat(d.projectSteps().stream().filter(s -> s.step() == Dashboard.Step.REQUESTED).mapToLong(Dashboard.MonthCount::count).sum())
                .isEqualTo(count("select count(*) from joint_project_event where action = 'PROPOSE'"));
        long agreedProjects = count("select count(distinct project_id) from joint_project_event where action = 'ACCEPT'");
        assertThat(d.institutionFlows().stream().mapToLong(Dashboard.InstitutionFlow::projects).sum()).isPositive().isEqualTo(agreedProjects);
        assertThat(d.fieldFlows().stream().mapToLong(Dashboard.FieldFlow::projects).sum()).isEqualTo(agreedProjects);
        assertThat(d.researchers().stream().mapToLong(Dashboard.FieldCount::researchers).sum())
                .isEqualTo(count("select count(*) from researcher_profile"));
        // Every flow runs from a Kazakh to a Chinese institution.
        assertThat(d.institutionFlows()).allSatisfy(f -> {
            assertThat(jdbc.queryForObject("select country from institution where id = ?", String.class, f.kz().value())).isEqualTo("KZ");
            assertThat(jdbc.queryForObject("select country from institution where id = ?", String.class, f.cn().value())).isEqualTo("CN");
        });
        var f = d.funnel();
        assertThat(f.agreed()).isLessThanOrEqualTo(f.requests());
        assertThat(f.submitted()).isLessThanOrEqualTo(f.agreed());
        assertThat(f.approved()).isLessThanOrEqualTo(f.submitted());
        assertThat(f.started()).isLessThanOrEqualTo(f.approved());
        assertThat(f.completedWithOutput()).isLessThanOrEqualTo(f.started());
        assertThat(f.dismissed() + f.takenUp()).isLessThanOrEqualTo(f.proposals());
    }

    @Test
    void theActionableCountsMatchTheirDefinitions() {
        var d = as(DemoAccounts.ADMIN, () -> service.dashboard(MonitoringFilter.none()));
        String noProject = " and not exists (select 1 from joint_project p where p.initiator_account_id = r.account_id or p.partner_account_id = r.account_id)";
        String matched = "exists (select 1 from match_proposal m where r.account_id in (m.account_low, m.account_high))";
        assertThat(d.matchedNeverContacted()).isEqualTo(count("select count(*) from researcher_profile r where " + matched + noProject));
        assertThat(d.openWithoutProposal()).isEqualTo(count("select count(*) from researcher_profile r where r.open_to_collaboration and not "
                + matched + noProject));
    }

    @Test
    @Transactional
    void theFunnelsMediansAreTheMiddleDurationsOfTheProjectsInThePeriod() {
        long kz = institution("KZ-KAZNU");
        long cn = institution("CN-TSINGHUA");
        // Three projects requested in March 2001, agreed after 1, 2 and 10 days; one sent on 4 days later and
        // approved by both offices 6 days after that. Nothing else happened in 2001.
        int[] agreeAfter = {1, 2, 10};
        for (int i = 0; i < agreeAfter.length; i++) {
            jdbc.update("""
                    insert into joint_project (title, description, status, initiator_name, initiator_institution_id,
                        partner_name, partner_institution_id, created_at, updated_at)
                    values (?, 'd', 'AGREED', 'A', ?, 'B', ?, timestamp with time zone '2001-03-01 10:00:00+00',
                        timestamp with time zone '2001-03-01 10:00:00+00')""", "Median " + i, kz, cn);
            long id = count("select max(id) from joint_project");
            event(id, "PROPOSE", "PROPOSED", "2001-03-01 10:00:00");
            event(id, "ACCEPT", "AGREED", "2001-03-%02d 10:00:00".formatted(1 + agreeAfter[i]));
            if (i == 0) {
                event(id, "SUBMIT", "IN_REVIEW", "2001-03-06 10:00:00");
                event(id, "APPROVE", "IN_REVIEW", "2001-03-08 10:00:00");
                event(id, "APPROVE", "APPROVED", "2001-03-12 10:00:00");
            }
        }
        var filter = new MonitoringFilter(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), null, null, null);
        var d = as(DemoAccounts.ADMIN, () -> service.dashboard(filter));
        var f = d.funnel();
        assertThat(f.requests()).isEqualTo(3);
        assertThat(f.agreed()).isEqualTo(3);
        assertThat(f.submitted()).isEqualTo(1);
        assertThat(f.approved()).isEqualTo(1);
        assertThat(f.daysToAgree()).isEqualTo(2.0);
        assertThat(f.daysToSubmit()).isEqualTo(4.0);
        assertThat(f.daysToDecision()).isEqualTo(6.0);
        assertThat(f.daysToStart()).isNull();
        assertThat(DashboardTables.share(f.approved(), f.submitted())).isEqualTo(100.0);
        assertThat(d.projectSteps()).extracting(Dashboard.MonthCount::month, Dashboard.MonthCount::step, Dashboard.MonthCount::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2001, 3), Dashboard.Step.REQUESTED, 3L),
                        org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2001, 3), Dashboard.Step.APPROVED, 1L));
        assertThat(d.institutionFlows()).singleElement().satisfies(flow -> {
            assertThat(flow.kz()).isEqualTo(new InstitutionId(kz));
            assertThat(flow.cn()).isEqualTo(new InstitutionId(cn));
            assertThat(flow.projects()).isEqualTo(3);
        });
        // The period's last day counts whole; the day after it does not.
        var lastDay = new MonitoringFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 3, 1), null, null, null);
        assertThat(as(DemoAccounts.ADMIN, () -> service.dashboard(lastDay)).funnel().requests()).isEqualTo(3);
        var before = new MonitoringFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 2, 28), null, null, null);
        assertThat(as(DemoAccounts.ADMIN, () -> service.dashboard(before)).funnel().requests()).isZero();
    }

    private void event(long project, String action, String status, String at) {
        jdbc.update("""
                insert into joint_project_event (project_id, action, to_status, actor_name, occurred_at)
                values (?, ?, ?, 'x', cast(? as timestamp with time zone))""", project, action, status, at + "+00");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithAMessageInEveryLanguage() {
        var backwards = new MonitoringFilter(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), null, null, null);
        assertThatThrownBy(() -> as(DemoAccounts.ADMIN, () -> service.dashboard(backwards)))
                .isInstanceOfSatisfying(MonitoringFilter.InvalidFilter.class,
                        e -> assertThat(e.translationKey()).isEqualTo("monitoring.filter.endBeforeStart"));
        assertThatThrownBy(() -> as(DemoAccounts.OFFICE_KAZNU, () -> service.officeDashboard(backwards)))
                .isInstanceOf(MonitoringFilter.InvalidFilter.class);
        for (var language : UiLanguage.values()) {
            assertThat(translations.getTranslation("monitoring.filter.endBeforeStart", language.locale()))
                    .isNotBlank().doesNotStartWith("!");
        }
        assertThat(translations.getTranslation("monitoring.filter.endBeforeStart", UiLanguage.KK.locale())).contains("Кезеңнің");
        var century = new MonitoringFilter(LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1), null, null, null);
        assertThatThrownBy(() -> as(DemoAccounts.ADMIN, () -> service.dashboard(century))).isInstanceOf(MonitoringFilter.InvalidFilter.class);
        var injected = new MonitoringFilter(null, null, "1' or '1'='1", null, null);
        assertThatThrownBy(() -> as(DemoAccounts.ADMIN, () -> service.dashboard(injected)))
                .isInstanceOfSatisfying(MonitoringFilter.InvalidFilter.class,
                        e -> assertThat(e.translationKey()).isEqualTo("monitoring.filter.unknownField"));
    }

    @Test
    void filtersNarrowTheFigures() {
        long kaznu = institution("KZ-KAZNU");
        var all = as(DemoAccounts.ADMIN, () -> service.dashboard(MonitoringFilter.none()));
        var one = as(DemoAccounts.ADMIN, () -> service.dashboard(
                new MonitoringFilter(null, null, null, null, new InstitutionId(kaznu))));
        assertThat(one.funnel().requests()).isEqualTo(count(
                "select count(*) from joint_project where initiator_institution_id = ? or partner_institution_id = ?", kaznu, kaznu));
        assertThat(one.funnel().requests()).isLessThan(all.funnel().requests());
        assertThat(one.institutionFlows()).allSatisfy(f -> assertThat(f.kz().value()).isEqualTo(kaznu));
        var maths = as(DemoAccounts.ADMIN, () -> service.dashboard(new MonitoringFilter(null, null, "1", null, null)));
        assertThat(maths.researchers()).allSatisfy(r -> assertThat(r.field()).startsWith("1."));
        assertThat(maths.researchers().stream().mapToLong(Dashboard.FieldCount::researchers).sum()).isEqualTo(count(
                "select count(*) from researcher_profile r join researcher_field f on f.profile_id = r.id and f.list_index = 0 where f.field_code like '1.%'"));
        var kazakh = as(DemoAccounts.ADMIN, () -> service.dashboard(
                new MonitoringFilter(null, null, null, com.researchbridge.base.Country.KZ, null)));
        assertThat(kazakh.funnel().requests()).isEqualTo(count(
                "select count(*) from joint_project p join institution i on i.id = p.initiator_institution_id where i.country = 'KZ'"));
    }

    @Test
    void anOfficeSeesItsOwnInstitutionOnlyWhateverItAsksFor() {
        long kaznu = institution("KZ-KAZNU");
        long tsinghua = institution("CN-TSINGHUA");
        var office = as(DemoAccounts.OFFICE_KAZNU, () -> service.officeDashboard(
                new MonitoringFilter(null, null, null, null, new InstitutionId(tsinghua))));
        var d = office.dashboard();
        assertThat(d.filter().institution()).isEqualTo(new InstitutionId(kaznu));
        assertThat(d.funnel().requests()).isEqualTo(count(
                "select count(*) from joint_project where initiator_institution_id = ? or partner_institution_id = ?", kaznu, kaznu));
        assertThat(d.institutionFlows()).isNotEmpty().allSatisfy(f -> assertThat(f.kz().value()).isEqualTo(kaznu));
        assertThat(d.researchers()).allSatisfy(r -> assertThat(r.country()).isEqualTo(com.researchbridge.base.Country.KZ));
        assertThat(office.pending()).hasSize((int) count("""
                select count(*) from joint_project where status = 'IN_REVIEW'
                  and ((initiator_institution_id = ? and initiator_review = 'PENDING') or (partner_institution_id = ? and partner_review = 'PENDING'))""",
                kaznu, kaznu));
        assertThat(office.pending()).allSatisfy(p -> assertThat(p.days()).isNotNegative());
        assertThat(office.completeness().researchers()).isEqualTo(count(
                "select count(*) from researcher_profile where institution_id = ? and visibility <> 'NOBODY'", kaznu));
        var names = jdbc.queryForList("select full_name from researcher_profile where institution_id = ?", String.class, kaznu);
        assertThat(office.incompleteProfiles()).allSatisfy(p -> assertThat(names).contains(p.name()));
        // Tsinghua's office gets Tsinghua, not KazNU.
        var other = as(DemoAccounts.OFFICE_TSINGHUA, () -> service.officeDashboard(
                new MonitoringFilter(null, null, null, null, new InstitutionId(kaznu))));
        assertThat(other.dashboard().filter().institution()).isEqualTo(new InstitutionId(tsinghua));
        assertThat(other.dashboard().institutionFlows()).allSatisfy(f -> assertThat(f.cn().value()).isEqualTo(tsinghua));
    }

    @Test
    @Transactional
    void aProfileHiddenFromEveryoneIsNeitherCountedNorListedForTheOffice() {
        long kaznu = institution("KZ-KAZNU");
        long account = jdbc.queryForObject("""
                select min(r.account_id) from researcher_profile r where r.institution_id = ? and r.visibility <> 'NOBODY'
                  and not exists (select 1 from publication p where p.account_id = r.account_id)""", Long.class, kaznu);
        var before = as(DemoAccounts.OFFICE_KAZNU, () -> service.officeDashboard(MonitoringFilter.none()));
        assertThat(before.incompleteProfiles()).anyMatch(p -> p.accountId() == account);
        jdbc.update("update researcher_profile set visibility = 'NOBODY' where account_id = ?", account);
        var after = as(DemoAccounts.OFFICE_KAZNU, () -> service.officeDashboard(MonitoringFilter.none()));
        assertThat(after.incompleteProfiles()).noneMatch(p -> p.accountId() == account);
        assertThat(after.completeness().researchers()).isEqualTo(before.completeness().researchers() - 1);
    }

    @Test
    void othersMayNotAsk() {
        assertThatThrownBy(() -> as(DemoAccounts.OFFICE_KAZNU, () -> service.dashboard(MonitoringFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoAccounts.RESEARCHER_KZ, () -> service.dashboard(MonitoringFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoAccounts.RESEARCHER_KZ, () -> service.officeDashboard(MonitoringFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoAccounts.ADMIN, () -> service.officeDashboard(MonitoringFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dashboard(MonitoringFilter.none())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
