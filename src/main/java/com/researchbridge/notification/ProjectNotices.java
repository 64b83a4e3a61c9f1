package com.researchbridge.notification;

import com.researchbridge.base.TranslationProvider;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectChanged;
import com.researchbridge.project.ProjectStatus;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.Contact;
import com.researchbridge.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails the people a joint project's step concerns ({@link Audience}), each in their own language, once the
 * step is committed: what happened, the comment given, where the project stands, and the link to it.
 */
@Component
class ProjectNotices {

    private final AccountService accounts;
    private final TranslationProvider translations;
    private final Mailer mailer;
    private final String publicUrl;

    ProjectNotices(AccountService accounts, TranslationProvider translations, Mailer mailer,
                   @Value("${researchbridge.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.translations = translations;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @TransactionalEventListener(fallbackExecution = true)
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
            mailer.send(to.email(), subject(event, to), body(event, to));
        }
    }

    String subject(ProjectChanged e, Contact to) {
        return t(to, "mail.project.subject", e.title());
    }

    String body(ProjectChanged e, Contact to) {
        var text = new StringBuilder();
        text.append(t(to, "mail.greeting", to.fullName())).append("\n\n");
        String what = e.action() == ProjectAction.APPROVE && e.status() == ProjectStatus.APPROVED
                ? "mail.project.APPROVED" : "mail.project." + e.action().name();
        text.append(t(to, what, e.actorName(), e.title())).append('\n');
        if (e.comment() != null) {
            text.append('\n').append(t(to, "mail.project.comment", e.comment())).append('\n');
        }
        text.append('\n').append(t(to, "mail.project.status", t(to, e.status().translationKey()))).append('\n');
        text.append(t(to, "mail.project.open", publicUrl + "project/" + e.projectId())).append("\n\n");
        text.append("— ").append(t(to, "app.name")).append('\n');
        text.append(t(to, "mail.footer")).append('\n');
        return text.toString();
    }

    private String t(Contact to, String key, Object... params) {
        return translations.getTranslation(key, to.language().locale(), params);
    }
}
