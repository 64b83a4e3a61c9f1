package com.researchbridge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.security.PasswordResetService;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Production without a mail server (no SMTP host, and unlike the demo no mail in the log): the page must not
 * pretend to send a link, and no link is made that nobody could receive.
 */
@TestPropertySource(properties = "researchbridge.mail.log-unsent=false")
class ForgotPasswordWithoutMailViewTest extends ViewTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithAnonymousUser
    void thePageSaysNoMailCanBeSentAndWhomToAsk() {
        useLocale(UiLanguage.RU.locale());
        navigate(ForgotPasswordView.class);
        assertThat(find(Paragraph.class).id("forgot-no-mail").getText())
                .startsWith("Сейчас сайт не может отправлять письма").contains("научный отдел", "администратор");
        assertThat(find(EmailField.class).withId("forgot-email").exists()).as("no address is asked for").isFalse();
    }

    @Test
    @WithAnonymousUser
    void askingAnywayMakesNoLink() {
        long before = jdbc.queryForObject("select count(*) from password_reset", Long.class);
        resets.requestLink("office@xju.example");
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Long.class)).isEqualTo(before);
    }
}
