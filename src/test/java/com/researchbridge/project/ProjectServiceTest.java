package com.researchbridge.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.researcher.MyDataService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.NewResearcher;
import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ProjectServiceTest {

    private static final ProjectForm GLACIERS = new ProjectForm("Тянь-Шань мұздықтарының ағындысы",
            "Іле Алатауы мен Тәңіртаудың шығыс бөлігіндегі мұздық ағындысын бірлесіп бақылау және модельдеу.");

    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    MyDataService myData;

    private long propose(String from, String to) {
        var id = new AtomicLong();
        RunAs.user(users, from, () -> id.set(projects.propose(account(to), GLACIERS)));
        return id.get();
    }

    private AccountId account(String email) {
        return new AccountId(ProjectPeople.accountOf(jdbc, email));
    }

    private ProjectStatus statusOf(long id) {
        return ProjectStatus.valueOf(jdbc.queryForObject("select status from joint_project where id = ?", String.class, id));
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from joint_project", Long.class)
                + jdbc.queryForObject("select count(*) from joint_project_event", Long.class);
    }

    private void refusedAndNothingStored(String who, ThrowingCallable call, String messageKey) {
        long before = rows();
        RunAs.user(users, who, () -> assertThatThrownBy(call).isInstanceOfSatisfying(ProjectRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey)));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aProjectGoesFromRequestThroughBothOfficesToCompletionAndEveryStepIsRecorded() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-KAZNU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-TSINGHUA");
        long id = propose(kz, cn);
        assertThat(statusOf(id)).isEqualTo(ProjectStatus.PROPOSED);

        RunAs.user(users, cn, () -> {
            assertThat(projects.countNeedingMyAction()).isPositive();
            assertThat(projects.list(ProjectScope.NEEDS_ACTION)).extracting(ProjectSummary::id).contains(id);
            assertThat(projects.find(id).orElseThrow().actions()).containsExactlyInAnyOrder(ProjectAction.ACCEPT, ProjectAction.DECLINE);
            projects.take(id, ProjectAction.ACCEPT, "  很高兴合作  ");
        });
        RunAs.user(users, kz, () -> {
            projects.revise(id, new ProjectForm("Тянь-Шань мұздықтары / 天山冰川", GLACIERS.description()));
            projects.take(id, ProjectAction.SUBMIT, null);
        });
        assertThat(statusOf(id)).isEqualTo(ProjectStatus.IN_REVIEW);

        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> {
            assertThat(projects.list(ProjectScope.NEEDS_ACTION)).extracting(ProjectSummary::id).contains(id);
            projects.take(id, ProjectAction.APPROVE, null);
            var summary = projects.find(id).orElseThrow().summary();
            assertThat(summary.initiatorReview()).isEqualTo(OfficeReview.APPROVED);
            assertThat(summary.partnerReview()).isEqualTo(OfficeReview.PENDING);
            assertThat(projects.find(id).orElseThrow().actions()).isEmpty();
        });
        assertThat(statusOf(id)).as("one office's approval is not enough").isEqualTo(ProjectStatus.IN_REVIEW);

        RunAs.user(users, DemoAccounts.OFFICE_TSINGHUA, () -> projects.take(id, ProjectAction.APPROVE, "同意"));
        assertThat(statusOf(id)).isEqualTo(ProjectStatus.APPROVED);

        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.START, null));
        RunAs.user(users, kz, () -> {
            projects.take(id, ProjectAction.COMPLETE, "Joint paper submitted");
            var details = projects.find(id).orElseThrow();
            assertThat(details.summary().status()).isEqualTo(ProjectStatus.COMPLETED);
            assertThat(details.summary().title()).isEqualTo("Тянь-Шань мұздықтары / 天山冰川");
            assertThat(details.history()).extracting(ProjectHistoryEntry::action).containsExactly(
                    ProjectAction.PROPOSE, ProjectAction.ACCEPT, ProjectAction.REVISE, ProjectAction.SUBMIT,
                    ProjectAction.APPROVE, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.COMPLETE);
            assertThat(details.history().get(1).comment()).isEqualTo("很高兴合作");
            assertThat(details.history().get(5).actorName()).contains("科研处");
            assertThat(details.actions()).as("only outputs may still be reported").containsExactly(ProjectAction.REPORT);
        });
    }

    @Test
    void onlyTheRightPeopleTakeEachStep() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-KAZNU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-TSINGHUA");
        String stranger = ProjectPeople.freeResearcherOf(jdbc, "KZ-NU");
        long id = propose(kz, cn);

        refusedAndNothingStored(kz, () -> projects.take(id, ProjectAction.ACCEPT, null), "project.refused.notNow");
        refusedAndNothingStored(cn, () -> projects.take(id, ProjectAction.SUBMIT, null), "project.refused.notNow");
        refusedAndNothingStored(cn, () -> projects.take(id, ProjectAction.APPROVE, null), "project.refused.notNow");
        refusedAndNothingStored(stranger, () -> projects.take(id, ProjectAction.ACCEPT, null), "project.refused.notFound");
        refusedAndNothingStored(DemoAccounts.OFFICE_KAZNU, () -> projects.take(id, ProjectAction.APPROVE, null),
                "project.refused.notNow");
        RunAs.user(users, stranger, () -> assertThat(projects.find(id)).isEmpty());
        RunAs.user(users, DemoAccounts.OFFICE_NU, () -> {
            assertThat(projects.find(id)).isEmpty();
            assertThat(projects.list(ProjectScope.ALL)).extracting(ProjectSummary::id).doesNotContain(id);
        });
        RunAs.user(users, DemoAccounts.ADMIN, () -> {
            assertThat(projects.find(id)).isPresent();
            assertThat(projects.find(id).orElseThrow().actions()).isEmpty();
            assertThat(projects.countByStatus().get(ProjectStatus.PROPOSED)).isPositive();
            assertThatThrownBy(() -> projects.take(id, ProjectAction.WITHDRAW, null)).isInstanceOf(AccessDeniedException.class);
        });
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> {
            assertThatThrownBy(() -> projects.propose(account(cn), GLACIERS)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.countByStatus()).isInstanceOf(AccessDeniedException.class);
        });
        RunAs.user(users, kz, () -> assertThatThrownBy(() -> projects.pairsWithProjects()).isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> projects.find(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        RunAs.user(users, kz, () -> projects.take(id, ProjectAction.WITHDRAW, "plans changed"));
        assertThat(statusOf(id)).isEqualTo(ProjectStatus.WITHDRAWN);
        refusedAndNothingStored(cn, () -> projects.take(id, ProjectAction.ACCEPT, null), "project.refused.notNow");
    }

    @Test
    void aBadRequestIsRefusedWithItsReasonAndNothingStored() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-ENU");
        String kz2 = ProjectPeople.freeResearcherOf(jdbc, "KZ-SATBAYEV");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-PKU");
        refusedAndNothingStored(kz, () -> projects.propose(account(cn), new ProjectForm("  ", "plan")),
                "project.refused.titleMissing");
        refusedAndNothingStored(kz, () -> projects.propose(account(cn), new ProjectForm("T".repeat(201), "plan")),
                "project.refused.titleTooLong");
        refusedAndNothingStored(kz, () -> projects.propose(account(cn), new ProjectForm("Title", "")),
                "project.refused.descriptionMissing");
        refusedAndNothingStored(kz, () -> projects.propose(account(cn), new ProjectForm("Title", "x".repeat(4001))),
                "project.refused.descriptionTooLong");
        refusedAndNothingStored(kz, () -> projects.propose(account(kz2), GLACIERS), "project.refused.sameCountry");
        refusedAndNothingStored(kz, () -> projects.propose(account(kz), GLACIERS), "project.refused.noPartner");
        refusedAndNothingStored(kz, () -> projects.propose(new AccountId(-1), GLACIERS), "project.refused.noPartner");

        propose(kz, cn);
        refusedAndNothingStored(kz, () -> projects.propose(account(cn), GLACIERS), "project.refused.alreadyLive");
        refusedAndNothingStored(cn, () -> projects.propose(account(kz), GLACIERS), "project.refused.alreadyLive");

        String closed = ProjectPeople.freeResearcherOf(jdbc, "CN-LZU");
        jdbc.update("update researcher_profile set open_to_collaboration = false where account_id = ?",
                ProjectPeople.accountOf(jdbc, closed));
        try {
            refusedAndNothingStored(kz2, () -> projects.propose(account(closed), GLACIERS), "project.refused.partnerClosed");
        } finally {
            jdbc.update("update researcher_profile set open_to_collaboration = true where account_id = ?",
                    ProjectPeople.accountOf(jdbc, closed));
        }
    }

    @Test
    void anOfficeRejectsWithAReasonAndTheOtherOfficeCanNoLongerDecide() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-KAZNU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-TSINGHUA");
        long id = propose(kz, cn);
        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.ACCEPT, null));
        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.SUBMIT, null));

        refusedAndNothingStored(DemoAccounts.OFFICE_TSINGHUA, () -> projects.take(id, ProjectAction.REJECT, "   "),
                "project.refused.reasonMissing");
        refusedAndNothingStored(DemoAccounts.OFFICE_TSINGHUA, () -> projects.take(id, ProjectAction.REJECT, "x".repeat(1001)),
                "project.refused.commentTooLong");
        RunAs.user(users, DemoAccounts.OFFICE_TSINGHUA, () -> projects.take(id, ProjectAction.REJECT, "经费不足"));
        assertThat(statusOf(id)).isEqualTo(ProjectStatus.REJECTED);
        refusedAndNothingStored(DemoAccounts.OFFICE_KAZNU, () -> projects.take(id, ProjectAction.APPROVE, null),
                "project.refused.notNow");
        RunAs.user(users, kz, () -> {
            var details = projects.find(id).orElseThrow();
            assertThat(details.partnerReviewComment()).isEqualTo("经费不足");
            assertThat(details.summary().partnerReview()).isEqualTo(OfficeReview.REJECTED);
            assertThat(details.summary().initiatorReview()).isEqualTo(OfficeReview.PENDING);
            assertThat(projects.myProjectPartners()).contains(account(cn));
            assertThat(projects.liveProjectWith(account(cn))).isEmpty();
        });
        // a rejected project has ended: the two may propose a new one
        propose(cn, kz);
    }

    @Test
    void deletingAnAccountEndsItsProjectsAndThePartnerKeepsThemUnderItsName() {
        String email = "aruzhan.leaving@kaznu.kz";
        var institution = jdbc.queryForObject("select id from institution where code = 'KZ-KAZNU'", Long.class);
        Anonymous.run(() -> accounts.register(new NewResearcher("Аружан Кетуші", email, "steppe-leaving-Almaty-42",
                Country.KZ, new InstitutionId(institution))));
        String agreedPartner = ProjectPeople.freeResearcherOf(jdbc, "CN-LZU");
        long agreed = propose(email, agreedPartner);
        RunAs.user(users, agreedPartner, () -> projects.take(agreed, ProjectAction.ACCEPT, null));
        String approvedPartner = ProjectPeople.freeResearcherOf(jdbc, "CN-XJU");
        long approved = propose(email, approvedPartner);
        RunAs.user(users, approvedPartner, () -> projects.take(approved, ProjectAction.ACCEPT, null));
        RunAs.user(users, approvedPartner, () -> projects.take(approved, ProjectAction.SUBMIT, null));
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> projects.take(approved, ProjectAction.APPROVE, null));
        RunAs.user(users, "office@xju.example", () -> projects.take(approved, ProjectAction.APPROVE, null));

        RunAs.user(users, email, () -> myData.deleteMyAccount(email));

        assertThat(statusOf(agreed)).isEqualTo(ProjectStatus.WITHDRAWN);
        assertThat(statusOf(approved)).isEqualTo(ProjectStatus.CANCELLED);
        RunAs.user(users, agreedPartner, () -> {
            var details = projects.find(agreed).orElseThrow();
            assertThat(details.summary().initiator().account()).isNull();
            assertThat(details.summary().initiator().name()).isEqualTo("Аружан Кетуші");
            assertThat(details.history().getLast().action()).isEqualTo(ProjectAction.WITHDRAW);
            assertThat(details.history().getLast().actorName()).isEqualTo("Аружан Кетуші");
            assertThat(details.actions()).isEmpty();
        });
    }

    private long activeProject(String kzInstitution, String cnInstitution, String kzOffice, String cnOffice, String[] people) {
        String kz = ProjectPeople.freeResearcherOf(jdbc, kzInstitution);
        String cn = ProjectPeople.freeResearcherOf(jdbc, cnInstitution);
        people[0] = kz;
        people[1] = cn;
        long id = propose(kz, cn);
        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.ACCEPT, null));
        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.SUBMIT, null));
        RunAs.user(users, kzOffice, () -> projects.take(id, ProjectAction.APPROVE, null));
        RunAs.user(users, cnOffice, () -> projects.take(id, ProjectAction.APPROVE, null));
        RunAs.user(users, kz, () -> projects.take(id, ProjectAction.START, null));
        return id;
    }

    private long outputRows() {
        return jdbc.queryForObject("select count(*) from project_output", Long.class)
                + jdbc.queryForObject("select count(*) from project_milestone", Long.class);
    }

    private void outputRefused(String who, long id, OutputForm form, String messageKey) {
        long before = outputRows();
        RunAs.user(users, who, () -> assertThatThrownBy(() -> projects.reportOutput(id, form))
                .isInstanceOfSatisfying(ProjectRefused.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey)));
        assertThat(outputRows()).isEqualTo(before);
    }

    private void outputRefusedToRetract(String who, long id, long outputId, String messageKey) {
        long before = outputRows();
        RunAs.user(users, who, () -> assertThatThrownBy(() -> projects.retractOutput(id, outputId))
                .isInstanceOfSatisfying(ProjectRefused.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey)));
        assertThat(outputRows()).isEqualTo(before);
    }

    @Test
    void theResearchersOfAnActiveProjectPlanMilestonesReportOutputsAndWriteUpdates() {
        var people = new String[2];
        long id = activeProject("KZ-NU", "CN-NWPU", DemoAccounts.OFFICE_NU, "office@nwpu.example", people);
        String kz = people[0];
        String cn = people[1];
        var today = java.time.LocalDate.now();
        RunAs.user(users, kz, () -> assertThat(projects.list(ProjectScope.NEEDS_ACTION)).as("work under way waits for nobody")
                .extracting(ProjectSummary::id).doesNotContain(id));
        long outputsBefore = RunAsAdmin.count(users, projects, OutputKind.JOINT_PUBLICATION);

        outputRefused(kz, id, new OutputForm(null, "Paper", today, null), "project.refused.kindMissing");
        outputRefused(kz, id, new OutputForm(OutputKind.JOINT_PUBLICATION, "  ", today, null), "project.refused.outputTitleMissing");
        outputRefused(kz, id, new OutputForm(OutputKind.JOINT_PUBLICATION, "Paper", null, null), "project.refused.dateMissing");
        outputRefused(kz, id, new OutputForm(OutputKind.JOINT_PUBLICATION, "Paper", today.plusDays(1), null),
                "project.refused.dateInFuture");
        outputRefused(kz, id, new OutputForm(OutputKind.JOINT_PUBLICATION, "Paper", today, "javascript:alert(1)"),
                "project.refused.linkInvalid");
        outputRefused(kz, id, new OutputForm(OutputKind.JOINT_PUBLICATION, "Paper", today, "https://"),
                "project.refused.linkInvalid");
        String stranger = ProjectPeople.freeResearcherOf(jdbc, "KZ-ENU");
        outputRefused(stranger, id, new OutputForm(OutputKind.VISIT, "Visit", today, null), "project.refused.notFound");
        RunAs.user(users, "office@nwpu.example", () -> assertThatThrownBy(() -> projects.reportOutput(id,
                new OutputForm(OutputKind.VISIT, "Visit", today, null))).isInstanceOf(AccessDeniedException.class));

        RunAs.user(users, kz, () -> {
            projects.planMilestone(id, "Field season in the Tien Shan", today.plusMonths(6));
            assertThatThrownBy(() -> projects.planMilestone(id, " ", today)).isInstanceOfSatisfying(ProjectRefused.class,
                    e -> assertThat(e.messageKey()).isEqualTo("project.refused.milestoneTitleMissing"));
            projects.reportOutput(id, new OutputForm(OutputKind.JOINT_PUBLICATION, " Slip rates of the Almaty fault ",
                    today.minusDays(3), " https://doi.org/10.5555/rb-test "));
            projects.take(id, ProjectAction.NOTE, "Trenches dug; samples sent to Xi'an.");
        });
        RunAs.user(users, cn, () -> {
            var details = projects.find(id).orElseThrow();
            assertThat(details.outputs()).singleElement().satisfies(o -> {
                assertThat(o.title()).isEqualTo("Slip rates of the Almaty fault");
                assertThat(o.link()).isEqualTo("https://doi.org/10.5555/rb-test");
            });
            var milestone = details.milestones().getFirst();
            assertThat(milestone.doneOn()).isNull();
            projects.reachMilestone(id, milestone.id());
            assertThat(projects.find(id).orElseThrow().milestones().getFirst().doneOn()).isEqualTo(today);
            assertThatThrownBy(() -> projects.reachMilestone(id, milestone.id())).isInstanceOf(ProjectRefused.class);
            projects.take(id, ProjectAction.COMPLETE, null);
            // a paper may come out after the project ends; new milestones may not
            projects.reportOutput(id, new OutputForm(OutputKind.DATASET_OR_SOFTWARE, "Trench logs", today, null));
            assertThatThrownBy(() -> projects.planMilestone(id, "More", today)).isInstanceOfSatisfying(ProjectRefused.class,
                    e -> assertThat(e.messageKey()).isEqualTo("project.refused.notNow"));
            assertThat(projects.find(id).orElseThrow().history()).extracting(ProjectHistoryEntry::action)
                    .contains(ProjectAction.PLAN, ProjectAction.REPORT, ProjectAction.NOTE, ProjectAction.REACH);
        });
        long trenchLogs = jdbc.queryForObject("select id from project_output where project_id = ? and title = 'Trench logs'",
                Long.class, id);
        outputRefusedToRetract(stranger, id, trenchLogs, "project.refused.notFound");
        outputRefusedToRetract(kz, id, -1, "project.refused.notNow");
        RunAs.user(users, kz, () -> {
            projects.retractOutput(id, trenchLogs);
            var details = projects.find(id).orElseThrow();
            assertThat(details.outputs()).extracting(ProjectOutputView::title).containsExactly("Slip rates of the Almaty fault");
            assertThat(details.history().getLast().action()).isEqualTo(ProjectAction.RETRACT);
            assertThat(details.history().getLast().comment()).isEqualTo("Trench logs");
        });
        assertThat(RunAsAdmin.count(users, projects, OutputKind.JOINT_PUBLICATION)).isEqualTo(outputsBefore + 1);
    }

    /** The administrator's count of outputs of one kind. */
    private static final class RunAsAdmin {
        static long count(UserDetailsService users, ProjectService projects, OutputKind kind) {
            var result = new AtomicLong();
            RunAs.user(users, DemoAccounts.ADMIN, () -> result.set(projects.countOutputsByKind().get(kind)));
            return result.get();
        }
    }
}
