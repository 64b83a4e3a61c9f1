package com.researchbridge.notification;

import com.researchbridge.security.PasswordResetRequested;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails a new-password link once it is committed, in the account holder's language. */
@Component
class PasswordResetMail {

    private final Letters letters;
    private final Mailer mailer;

    PasswordResetMail(Letters letters, Mailer mailer) {
        this.letters = letters;
        this.mailer = mailer;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordResetRequested event) {
        var to = event.to();
        var locale = to.language().locale();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(event.expiresAt());
        String body = letters.letter(locale, to.fullName(),
                letters.t(locale, "mail.passwordReset.body") + "\n" + letters.link("password-reset/" + event.token()),
                letters.t(locale, "mail.passwordReset.expires", until));
        mailer.send(to.email(), letters.t(locale, "mail.passwordReset.subject"), body);
    }
}
