package com.researchbridge.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class ProjectViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;

    private long rows() {
        return jdbc.queryForObject("select count(*) from joint_project", Long.class);
    }

    private long proposeAs(String from, String to) {
        var id = new AtomicLong();
        RunAs.user(users, from, () -> id.set(projects.propose(new AccountId(ProjectPeople.accountOf(jdbc, to)),
                new ProjectForm("Шөлейт топырағындағы көміртек", "Екі елдің шөлейт топырағындағы көміртек қорын салыстыру."))));
        return id.get();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aSuggestedPartnerCardLeadsToTheProposalFormWhichRefusesABlankTitleInKazakhAndSendsAGoodOne() {
        useLocale(UiLanguage.KK.locale());
        navigate("researcher/partners", Component.class);
        test(find(Button.class).withClassName("rb-request").first()).click();
        assertThat(getCurrentView()).isInstanceOf(NewProjectView.class);
        String partnerName = find(com.vaadin.flow.component.html.H3.class).first().getText();

        long before = rows();
        test(find(Button.class).id("project-new-send")).click();
        var title = find(TextField.class).id("project-form-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Жобаның атауын жазыңыз.");
        assertThat(rows()).isEqualTo(before);

        test(title).setValue("Салмақты теңсіздіктер / 加权不等式");
        test(find(TextArea.class).id("project-form-description")).setValue("Бірлескен семинар және екі мақала.\nEnglish: a joint seminar and two papers.");
        test(find(Button.class).id("project-new-send")).click();
        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        assertThat(find(Span.class).id("project-status").getText()).isEqualTo("Ұсынылды");
        assertThat(viewText()).contains(partnerName, "Бірлескен семинар", "жобаны ұсынды");
        assertThat(rows()).isEqualTo(before + 1);

        navigate("researcher/partners", Component.class);
        assertThat(viewText()).as("the partner leaves the suggestions").doesNotContain(partnerName);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_NU)
    void anOfficeFindsTheProjectWaitingForItAndApprovesItInRussian() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-NU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-LZU");
        long id = proposeAs(kz, cn);
        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.ACCEPT, null));
        RunAs.user(users, cn, () -> projects.take(id, ProjectAction.SUBMIT, null));

        useLocale(UiLanguage.RU.locale());
        navigate("login", Component.class); // the office home is already shown in English: build it afresh
        navigate("office", Component.class);
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("home-projects-waiting").getElement().getTextRecursively())
                .startsWith("Совместных проектов ждут вашего решения");
        navigate(ProjectsView.class);
        @SuppressWarnings("unchecked")
        Grid<com.researchbridge.project.ProjectSummary> grid = find(Grid.class).id("projects");
        assertThat(test(grid).size()).isPositive();
        assertThat(grid.getGenericDataView().getItems()).anyMatch(p -> p.id() == id); // fetched page by page from the service

        navigate(ProjectView.class, id);
        assertThat(find(Button.class).withId("project-action-accept").exists()).isFalse();
        test(find(Button.class).id("project-action-approve")).click();
        test(find(TextArea.class).id("project-step-comment")).setValue("Поддерживаем.");
        test(find(Button.class).id("project-step-confirm")).click();

        assertThat(jdbc.queryForObject("select initiator_review from joint_project where id = ?", String.class, id))
                .isEqualTo("APPROVED");
        assertThat(find(Span.class).id("project-status").getText()).isEqualTo("На рассмотрении научных отделов");
        assertThat(viewText()).contains("Поддерживаем.", "ожидает решения");
        assertThat(find(Button.class).withId("project-action-approve").exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void aReasonIsRequiredToRejectAndNothingChangesWithoutOne() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-SATBAYEV");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-TSINGHUA");
        long id = proposeAs(kz, cn);
        RunAs.user(users, kz, () -> projects.take(id, ProjectAction.WITHDRAW, null));
        long otherId = proposeAs(cn, kz);
        RunAs.user(users, kz, () -> projects.take(otherId, ProjectAction.ACCEPT, null));
        RunAs.user(users, kz, () -> projects.take(otherId, ProjectAction.SUBMIT, null));

        useLocale(UiLanguage.ZH.locale());
        navigate(ProjectView.class, otherId);
        test(find(Button.class).id("project-action-reject")).click();
        test(find(Button.class).id("project-step-confirm")).click();
        var comment = find(TextArea.class).id("project-step-comment");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("请填写理由。");
        assertThat(jdbc.queryForObject("select status from joint_project where id = ?", String.class, otherId))
                .isEqualTo("IN_REVIEW");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void someoneOutsideTheProjectCannotOpenItAndOfficesCannotPropose() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-ENU");
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-XJU");
        long id = proposeAs(kz, cn);
        navigate("project/" + id, Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(viewText()).doesNotContain("Шөлейт");
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void anOfficeCannotOpenTheProposalForm() {
        assertRefused("project/new/" + ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_CN));
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorSeesEveryProjectAndTheirStagesOnTheDashboard() {
        navigate(ProjectsView.class);
        @SuppressWarnings("unchecked")
        Grid<com.researchbridge.project.ProjectSummary> grid = find(Grid.class).id("projects");
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(rows());
        navigate("admin", Component.class);
        assertThat(find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).id("dashboard-projects")
                .getElement().getTextRecursively()).contains("with the research offices", "completed");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void theResearchersOfAnActiveProjectAddMilestonesAndOutputsOnItsPageInChinese() {
        String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-SATBAYEV");
        long[] id = new long[1];
        RunAs.user(users, kz, () -> id[0] = projects.propose(new AccountId(ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_CN)),
                new ProjectForm("Inverse problems for heat transfer", "Joint seminar and two papers.")));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> {
            projects.take(id[0], ProjectAction.ACCEPT, null);
            projects.take(id[0], ProjectAction.SUBMIT, null);
        });
        // The AMSS has no research office among the demo accounts: approve its side through the database.
        jdbc.update("update joint_project set partner_review = 'APPROVED', initiator_review = 'APPROVED', status = 'APPROVED' where id = ?", id[0]);
        RunAs.user(users, kz, () -> projects.take(id[0], ProjectAction.START, null));

        useLocale(UiLanguage.ZH.locale());
        navigate("login", Component.class);
        navigate(ProjectView.class, id[0]);
        assertThat(viewText()).contains("尚未登记成果", "尚未计划里程碑");

        test(find(Button.class).id("project-output-add")).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<com.researchbridge.project.OutputKind> kind =
                find(com.vaadin.flow.component.select.Select.class).id("project-output-kind");
        kind.setValue(com.researchbridge.project.OutputKind.JOINT_PUBLICATION);
        test(find(TextField.class).id("project-output-title")).setValue("热传导反问题的条件稳定性");
        find(com.vaadin.flow.component.datepicker.DatePicker.class).id("project-output-date").setValue(java.time.LocalDate.now().minusDays(1));
        test(find(TextField.class).id("project-output-link")).setValue("ftp://example.org/paper");
        long before = jdbc.queryForObject("select count(*) from project_output", Long.class);
        test(find(Button.class).id("project-output-save")).click();
        var link = find(TextField.class).id("project-output-link");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo("链接须为以 http:// 或 https:// 开头的网址。");
        assertThat(jdbc.queryForObject("select count(*) from project_output", Long.class)).isEqualTo(before);
        test(link).setValue("https://doi.org/10.5555/rb-view-test");
        test(find(Button.class).id("project-output-save")).click();
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("project-outputs").getElement().getTextRecursively())
                .contains("合作论文", "热传导反问题的条件稳定性");
        long outputId = jdbc.queryForObject("select id from project_output where project_id = ?", Long.class, id[0]);
        test(find(Button.class).id("project-output-remove-" + outputId)).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("project-outputs").getElement().getTextRecursively())
                .contains("尚未登记成果").doesNotContain("热传导反问题的条件稳定性");
        assertThat(viewText()).contains("删除了一项成果");

        test(find(Button.class).id("project-milestone-add")).click();
        test(find(TextField.class).id("project-milestone-title")).setValue("暑期学校 / Summer school");
        find(com.vaadin.flow.component.datepicker.DatePicker.class).id("project-milestone-due").setValue(java.time.LocalDate.now().minusDays(2));
        test(find(Button.class).id("project-milestone-save")).click();
        var milestones = find(com.vaadin.flow.component.html.Div.class).id("project-milestones");
        assertThat(milestones.getElement().getTextRecursively()).contains("暑期学校", "已逾期");
        test(find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("project-milestone-reach-")).findFirst().orElseThrow()).click();
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("project-milestones").getElement().getTextRecursively())
                .contains("完成").doesNotContain("已逾期");
    }
}
