package com.researchbridge.notification;

import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectChanged;
import com.researchbridge.project.ProjectStatus;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.Contact;
import com.researchbridge.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * E-mails the people a joint project's step concerns ({@link Audience}), each in their own language, once the
 * step is committed: what happened, the comment given, where the project stands, and the link to it.
 */
@Component
class ProjectNotices {

    private final AccountService accounts;
    private final Letters letters;
    private final Mailer mailer;

    ProjectNotices(AccountService accounts, Letters letters, Mailer mailer) {
        this.accounts = accounts;
        this.letters = letters;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(ProjectChanged event) {
        var audience = Audience.of(event);
        if (audience.researchers().isEmpty() && audience.offices().isEmpty()) {
            return;
        }
        List<Contact> recipients = SystemAuthentication.call(() -> {
            var byEmail = new LinkedHashMap<String, Contact>();
            accounts.contacts(audience.researchers()).forEach(c -> byEmail.put(c.email(), c));
            audience.offices().forEach(i -> accounts.officeContacts(i).forEach(c -> byEmail.putIfAbsent(c.email(), c)));
            return new ArrayList<>(byEmail.values());
        });
        for (Contact to : recipients) {
            mailer.deliver(to.email(), subject(event, to), body(event, to));
        }
    }

    String subject(ProjectChanged e, Contact to) {
        return t(to, "mail.project.subject", e.title());
    }

    String body(ProjectChanged e, Contact to) {
        String what = e.action() == ProjectAction.APPROVE && e.status() == ProjectStatus.APPROVED
                ? "mail.project.APPROVED" : "mail.project." + e.action().name();
        var paragraphs = new ArrayList<String>();
        paragraphs.add(t(to, what, e.actorName(), e.title()));
        if (e.comment() != null) {
            paragraphs.add(t(to, "mail.project.comment", e.comment()));
        }
        paragraphs.add(t(to, "mail.project.status", t(to, e.status().translationKey())) + "\n"
                + t(to, "mail.project.open", letters.link("project/" + e.projectId())));
        return letters.letter(to.language().locale(), to.fullName(), paragraphs.toArray(String[]::new))
                + t(to, "mail.footer") + "\n";
    }

    private String t(Contact to, String key, Object... params) {
        return letters.t(to.language().locale(), key, params);
    }
}
