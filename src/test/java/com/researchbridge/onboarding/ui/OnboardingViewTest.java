package com.researchbridge.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.onboarding.ImportMode;
import com.researchbridge.onboarding.RowReport;
import com.researchbridge.security.InvitationService;
import com.researchbridge.security.InvitationSummary;
import com.researchbridge.security.IssuedInvitation;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.EndlessUpload;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class OnboardingViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InvitationService invitations;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** Waits for the background check or import and runs what it handed to the UI. */
    private static void awaitJob(OnboardingView view) throws Exception {
        view.job().get(60, TimeUnit.SECONDS);
        var session = VaadinSession.getCurrent();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
        } finally {
            session.unlock();
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void anEndlessUploadIsCutOffAtTheLimitRefusedInRussianAndNothingIsChecked() throws Exception {
        // Issue 9.3: the in-memory handler read the whole upload before the size check.
        var view = navigateInLocale(UiLanguage.RU.locale(), OnboardingView.class);
        long accountsBefore = jdbc.queryForObject("select count(*) from user_account", Long.class);
        int limit = 5 * 1024 * 1024;
        var stream = new EndlessUpload(limit + 64 * 1024, "x" + tag + "@tsinghua.example.org,Name\n");
        var event = org.mockito.Mockito.mock(UploadEvent.class);
        org.mockito.Mockito.when(event.getFileName()).thenReturn("huge.csv");
        org.mockito.Mockito.when(event.getFileSize()).thenReturn(-1L);
        org.mockito.Mockito.when(event.getInputStream()).thenReturn(stream);
        view.uploadHandler().handleUploadRequest(event);
        assertThat(stream.bytesRead()).isLessThanOrEqualTo(limit + 8 * 1024);
        String russian = view.getTranslation(UiLanguage.RU.locale(), "onboarding.error.tooLarge", 5);
        assertThat(russian).isNotEqualTo(view.getTranslation(java.util.Locale.ENGLISH, "onboarding.error.tooLarge", 5));
        assertThat(find(Paragraph.class).id("onboarding-error").getText()).isEqualTo(russian);
        assertThat(find(Paragraph.class).id("onboarding-error").isVisible()).isTrue();
        assertThat(find(Button.class).withId("onboarding-import").exists()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(accountsBefore);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    @SuppressWarnings("unchecked")
    void anOfficeChecksAFileSeesProblemsInChineseAndImportsTheValidRows() throws Exception {
        var view = navigateInLocale(UiLanguage.ZH.locale(), OnboardingView.class);
        long accountsBefore = jdbc.queryForObject("select count(*) from user_account", Long.class);
        view.check(("email,full_name,field_code,orcid\n"
                + "wang.fang." + tag + "@tsinghua.example.org,王芳,1.2,\n"
                + "wang.fang." + tag + "@tsinghua.example.org,王芳二,,\n"
                + "zhao.lei." + tag + "@tsinghua.example.org,赵磊,,0000-0002-1825-0098\n").getBytes(StandardCharsets.UTF_8));
        awaitJob(view);

        assertThat(find(Paragraph.class).id("onboarding-summary").getText()).isEqualTo("文件共 3 行：可导入 1 行，有问题 2 行。");
        Grid<RowReport> report = find(Grid.class).id("onboarding-report");
        assertThat(test(report).size()).isEqualTo(3);
        assertThat(test(report).getCellText(1, 3)).isEqualTo("与第 2 行邮箱重复");
        assertThat(test(report).getCellText(2, 3)).contains("ORCID", "校验位");
        var importButton = find(Button.class).id("onboarding-import");
        assertThat(importButton.isEnabled()).as("all or nothing with bad rows").isFalse();

        ((RadioButtonGroup<ImportMode>) find(RadioButtonGroup.class).id("onboarding-mode")).setValue(ImportMode.VALID_ROWS);
        test(importButton).click();
        awaitJob(view);

        assertThat(find(Paragraph.class).id("onboarding-done").getText()).isEqualTo("已导入并邀请 1 名研究人员，跳过 2 行。");
        Grid<IssuedInvitation> links = find(Grid.class).id("onboarding-links");
        assertThat(test(links).size()).isEqualTo(1);
        assertThat(test(links).getCellText(0, 2)).contains("/invitation/");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(accountsBefore + 1);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aFileInTheWrongEncodingGetsARussianMessageAndNoReport() throws Exception {
        var view = navigateInLocale(UiLanguage.RU.locale(), OnboardingView.class);
        view.check("email,full_name\nivan@kaznu.example.org,Иван Петров\n".getBytes(Charset.forName("windows-1251")));
        awaitJob(view);
        var error = find(Paragraph.class).id("onboarding-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("не в UTF-8", "CSV UTF-8");
        assertThat(find(Grid.class).withId("onboarding-report").exists()).as("report shown").isFalse();
        assertThat(find(Button.class).withId("onboarding-import").exists()).as("import offered").isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aMissingColumnIsReportedForTheWholeFileInKazakh() throws Exception {
        var view = navigateInLocale(UiLanguage.KK.locale(), OnboardingView.class);
        view.check("mail_address,full_name\nx@kaznu.example.org,X\n".getBytes(StandardCharsets.UTF_8));
        awaitJob(view);
        assertThat(find(Paragraph.class).id("onboarding-error").getText()).isEqualTo("Тақырып жолында міндетті «email» бағаны жоқ.");
        assertThat(find(Button.class).withId("onboarding-import").exists()).as("import offered").isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_NU)
    @SuppressWarnings("unchecked")
    void anOfficeListsItsInvitationsAndMakesANewLink() throws Exception {
        var onboarding = navigate(OnboardingView.class);
        onboarding.check(("email,full_name\nnew.link." + tag + "@nu.example.org,Дәулет Ахметов\n").getBytes(StandardCharsets.UTF_8));
        awaitJob(onboarding);
        test(find(Button.class).id("onboarding-import")).click();
        awaitJob(onboarding);

        var view = navigate(InvitationsView.class);
        Grid<InvitationSummary> grid = find(Grid.class).id("invitations");
        assertThat(test(grid).getRow(0).email()).isEqualTo("new.link." + tag + "@nu.example.org");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("pending");
        view.showNewLink(test(grid).getRow(0));
        assertThat(find(TextField.class).id("invitation-link").getValue()).matches(".*/invitation/[A-Za-z0-9_-]{43}");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherIsRefused() {
        assertRefused("office/onboarding");
        assertRefused("office/invitations");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorIsRefused() {
        assertRefused("office/onboarding");
        assertRefused("office/invitations");
    }
}
