package com.researchbridge.notification;

import com.researchbridge.security.RegistrationReceived;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Answers a registration by mail, since the page does not say whether the address was new: the new researcher is
 * welcomed; the owner of a known address hears that someone tried to register with it.
 */
@Component
class RegistrationMail {

    private final Letters letters;
    private final Mailer mailer;

    RegistrationMail(Letters letters, Mailer mailer) {
        this.letters = letters;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(RegistrationReceived event) {
        var to = event.to();
        var locale = to.language().locale();
        String kind = event.addressWasKnown() ? "mail.registration.known" : "mail.registration.welcome";
        String body = event.addressWasKnown()
                ? letters.letter(locale, to.fullName(),
                        letters.t(locale, "mail.registration.known.body") + "\n" + letters.link("login"),
                        letters.t(locale, "mail.registration.known.reset") + "\n" + letters.link("forgot-password"),
                        letters.t(locale, "mail.registration.known.notYou"))
                : letters.letter(locale, to.fullName(),
                        letters.t(locale, "mail.registration.welcome.body") + "\n" + letters.link("login"));
        mailer.deliver(to.email(), letters.t(locale, kind + ".subject"), body);
    }
}
