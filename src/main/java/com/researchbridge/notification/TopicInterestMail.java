package com.researchbridge.notification;

import com.researchbridge.researcher.topic.TopicInterestExpressed;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.SystemAuthentication;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/** Tells a topic's author, once it is committed, that a researcher is interested, with links to both. */
@Component
class TopicInterestMail {

    private final AccountService accounts;
    private final Letters letters;
    private final Mailer mailer;

    TopicInterestMail(AccountService accounts, Letters letters, Mailer mailer) {
        this.accounts = accounts;
        this.letters = letters;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(TopicInterestExpressed event) {
        var owners = SystemAuthentication.call(() -> accounts.contacts(List.of(event.owner())));
        for (var to : owners) {
            var locale = to.language().locale();
            String body = letters.letter(locale, to.fullName(),
                    letters.t(locale, "mail.topic.interest", event.interestedName(), event.topicTitle()),
                    letters.t(locale, "mail.topic.profile", letters.link("researchers/" + event.interested().value())) + "\n"
                            + letters.t(locale, "mail.topic.open", letters.link("topic/" + event.topicId())));
            mailer.deliver(to.email(), letters.t(locale, "mail.project.subject", event.topicTitle()), body);
        }
    }
}
