package com.researchbridge.notification;

import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.security.Contact;
import com.researchbridge.security.InvitationIssued;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails an invited researcher their link once the invitation is committed, in their language (else their
 * country's usual one). The office still sees the link once, for researchers whose mail does not arrive.
 */
@Component
class InvitationMail {

    private final Letters letters;
    private final Mailer mailer;

    InvitationMail(Letters letters, Mailer mailer) {
        this.letters = letters;
        this.mailer = mailer;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InvitationIssued event) {
        var invitation = event.invitation();
        var to = new Contact(invitation.account(), invitation.email(), invitation.fullName(), event.language(), event.country());
        var locale = to.language().locale();
        String body = letters.letter(locale, to.fullName(),
                letters.t(locale, "mail.invitation.body", event.invitedBy()) + "\n" + letters.link("invitation/" + invitation.token()),
                letters.t(locale, "mail.invitation.expires", LocalizedFormats.date(invitation.expiresAt(), locale)));
        mailer.send(to.email(), letters.t(locale, "mail.invitation.subject", event.invitedBy()), body);
    }
}
