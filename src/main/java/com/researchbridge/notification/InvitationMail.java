package com.researchbridge.notification;

import com.researchbridge.base.TranslationProvider;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.security.Contact;
import com.researchbridge.security.InvitationIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails an invited researcher their link once the invitation is committed, in their language (else their
 * country's usual one). The office still sees the link once, for researchers whose mail does not arrive.
 */
@Component
class InvitationMail {

    private final TranslationProvider translations;
    private final Mailer mailer;
    private final String publicUrl;

    InvitationMail(TranslationProvider translations, Mailer mailer,
                   @Value("${researchbridge.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InvitationIssued event) {
        var invitation = event.invitation();
        var to = new Contact(invitation.account(), invitation.email(), invitation.fullName(), event.language(), event.country());
        var locale = to.language().locale();
        String body = translations.getTranslation("mail.greeting", locale, to.fullName()) + "\n\n"
                + translations.getTranslation("mail.invitation.body", locale, event.invitedBy()) + "\n"
                + publicUrl + "invitation/" + invitation.token() + "\n\n"
                + translations.getTranslation("mail.invitation.expires", locale,
                        LocalizedFormats.date(invitation.expiresAt(), locale)) + "\n\n"
                + "— " + translations.getTranslation("app.name", locale) + "\n";
        mailer.send(to.email(), translations.getTranslation("mail.invitation.subject", locale, event.invitedBy()), body);
    }
}
