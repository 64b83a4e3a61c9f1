package com.researchbridge.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest extends ViewTest {

    private static final Pattern REFERENCE = Pattern.compile("RB-[0-9A-F]{10}");

    @Autowired
    UnexpectedErrors errors;

    private String lastNotice() {
        var notices = find(Notification.class).all();
        assertThat(notices).as("an error notice is open").isNotEmpty();
        return notices.getLast().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anUnexpectedErrorIsShownInTheUsersLanguageWithAReferenceThatIsInTheLog(CapturedOutput log) {
        useLocale(Locale.forLanguageTag("kk"));
        navigate("researcher/profile", Component.class);

        errors.error(new ErrorEvent(new DataAccessResourceFailureException("disk full")));

        var notice = lastNotice();
        assertThat(notice).contains("әкімшіге").doesNotContain("disk full");
        var reference = REFERENCE.matcher(notice);
        assertThat(reference.find()).isTrue();
        assertThat(log.getAll()).contains("Unexpected error " + reference.group() + " in /researcher/profile")
                .contains("disk full");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aRefusalByTheServiceIsExplainedWithoutAReference(CapturedOutput log) {
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("researcher/profile", Component.class);

        errors.error(new ErrorEvent(new AuthorizationDeniedException("Access Denied")));

        assertThat(lastNotice()).contains("无权").doesNotContain("RB-");
        assertThat(log.getAll()).doesNotContain("Unexpected error");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aConcurrentChangeAsksToReloadInRussian() {
        useLocale(Locale.forLanguageTag("ru"));
        navigate("researcher/profile", Component.class);

        errors.error(new ErrorEvent(new RuntimeException(new ObjectOptimisticLockingFailureException("Profile", 7L))));

        assertThat(lastNotice()).contains("обновите страницу");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aPageThatFailsToOpenShowsTheReferenceInsteadOfAStackTrace(CapturedOutput log) {
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("researcher/profile", Component.class);
        var view = new ServerErrorView();
        var ui = UI.getCurrent();
        var event = new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC,
                new Location("project/7"), ServerErrorView.class, ui, List.of());

        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException("secret detail")));

        assertThat(status).isEqualTo(500);
        var text = view.getElement().getTextRecursively();
        assertThat(text).contains("管理员").doesNotContain("secret detail");
        var reference = REFERENCE.matcher(text);
        assertThat(reference.find()).isTrue();
        assertThat(log.getAll()).contains("Unexpected error " + reference.group() + " in /project/7");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aPageWhoseServiceRefusesTheUserIsForbiddenNotAnError(CapturedOutput log) {
        navigate("researcher/profile", Component.class);
        var ui = UI.getCurrent();
        var event = new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC,
                new Location("admin/users"), ServerErrorView.class, ui, List.of());

        int status = new ServerErrorView().setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException(new AuthorizationDeniedException("Access Denied"))));

        assertThat(status).isEqualTo(403);
        assertThat(log.getAll()).doesNotContain("Unexpected error");
    }
}
