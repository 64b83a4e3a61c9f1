package com.researchbridge.notification;

import com.researchbridge.base.TranslationProvider;
import com.researchbridge.security.PasswordResetRequested;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails a new-password link once it is committed, in the account holder's language. */
@Component
class PasswordResetMail {

    private final TranslationProvider translations;
    private final Mailer mailer;
    private final String publicUrl;

    PasswordResetMail(TranslationProvider translations, Mailer mailer,
                      @Value("${researchbridge.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordResetRequested event) {
        var to = event.to();
        var locale = to.language().locale();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(event.expiresAt());
        String body = translations.getTranslation("mail.greeting", locale, to.fullName()) + "\n\n"
                + translations.getTranslation("mail.passwordReset.body", locale) + "\n"
                + publicUrl + "password-reset/" + event.token() + "\n\n"
                + translations.getTranslation("mail.passwordReset.expires", locale, until) + "\n\n"
                + "— " + translations.getTranslation("app.name", locale) + "\n";
        mailer.send(to.email(), translations.getTranslation("mail.passwordReset.subject", locale), body);
    }
}
