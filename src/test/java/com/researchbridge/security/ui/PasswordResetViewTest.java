package com.researchbridge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class PasswordResetViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithAnonymousUser
    void theLoginPageLeadsToTheFormWhichAnswersAlikeForKnownAndUnknownAddresses() {
        useLocale(UiLanguage.RU.locale());
        navigate(LoginView.class);
        test(find(RouterLink.class).id("login-forgot")).click();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);

        long before = jdbc.queryForObject("select count(*) from password_reset", Long.class);
        test(find(EmailField.class).id("forgot-email")).setValue("nobody.at.all@kaznu.kz");
        test(find(Button.class).id("forgot-send")).click();
        String unknown = find(Paragraph.class).id("forgot-done").getText();
        assertThat(unknown).startsWith("Если адрес nobody.at.all@kaznu.kz");
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Long.class)).isEqualTo(before);

        navigate(LoginView.class);
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).id("forgot-email")).setValue("office@nu.example");
        test(find(Button.class).id("forgot-send")).click();
        assertThat(find(Paragraph.class).id("forgot-done").getText())
                .isEqualTo(unknown.replace("nobody.at.all@kaznu.kz", "office@nu.example"));
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Long.class)).isEqualTo(before + 1);
    }

    @Test
    @WithAnonymousUser
    void aBrokenLinkSaysSoInTheVisitorsLanguage() {
        useLocale(UiLanguage.ZH.locale());
        navigate(NewPasswordView.class, "not-a-real-token");
        assertThat(find(Paragraph.class).id("new-password-message").getText()).startsWith("此链接无效");
        assertThat(find(PasswordField.class).withId("new-password-password").exists()).as("no password field is offered").isFalse();
    }

    @Test
    @WithUserDetails("office@kaznu.example")
    void aSignedInUserIsNotOfferedTheVisitorsForm() {
        navigate("forgot-password", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("ForgotPasswordView");
    }

    /** The demo has no mail server: the page says where the link went, and the log has the whole message. */
    @Test
    @WithAnonymousUser
    @ExtendWith(OutputCaptureExtension.class)
    void withoutAMailServerTheDemoLogsTheLinkAndSaysSo(CapturedOutput output) {
        useLocale(UiLanguage.KK.locale());
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).id("forgot-email")).setValue("office@lzu.example");
        test(find(Button.class).id("forgot-send")).click();
        assertThat(find(Paragraph.class).id("forgot-done").getText())
                .contains("office@lzu.example", "демо-сайт хат жібермейді", "E-mail not sent");
        assertThat(output.getOut()).contains("E-mail not sent (no SMTP server) to office@lzu.example")
                .containsPattern("/password-reset/[A-Za-z0-9_-]{20,}");
    }
}
