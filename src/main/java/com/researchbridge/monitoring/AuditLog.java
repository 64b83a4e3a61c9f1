package com.researchbridge.monitoring;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.matching.VocabularyEdited;
import com.researchbridge.project.ProjectChanged;
import com.researchbridge.security.AccountBlockChanged;
import com.researchbridge.security.AccountDeleted;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.InvitationIssued;
import com.researchbridge.security.PasswordResetRequested;
import com.researchbridge.security.ResearchOfficeCreated;
import com.researchbridge.security.ResearcherRegistered;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: listens to what other modules announce and writes a line in the same transaction, so a line
 * exists exactly when the action was committed; administrators read it. Tokens and passwords never appear.
 * Details are stored as values (a step and a status, an instant, an institution id, a kind of edit) and put
 * into words in the reader's language by the page ({@link AuditAction#detailsKind()}).
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The log, newest first, optionally of one kind and containing a text in the subject or the actor's name. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AuditEntry> search(AuditAction action, String text, Pageable pageable) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return events.search(action, needle, pageable).map(AuditEvent::toEntry);
    }

    @EventListener
    @Transactional
    void on(ResearcherRegistered e) {
        write(AuditAction.ACCOUNT_REGISTERED, e.fullName(), null);
    }

    @EventListener
    @Transactional
    void on(AccountBlockChanged e) {
        write(e.blocked() ? AuditAction.ACCOUNT_BLOCKED : AuditAction.ACCOUNT_UNBLOCKED, e.email(), null);
    }

    @EventListener
    @Transactional
    void on(AccountDeleted e) {
        write(AuditAction.ACCOUNT_DELETED, "#" + e.account().value(), null);
    }

    @EventListener
    @Transactional
    void on(ResearchOfficeCreated e) {
        write(AuditAction.OFFICE_CREATED, e.email(), String.valueOf(e.institution().value()));
    }

    @EventListener
    @Transactional
    void on(InvitationIssued e) {
        write(AuditAction.INVITATION_ISSUED, e.invitation().email(), e.invitation().expiresAt().toString());
    }

    @EventListener
    @Transactional
    void on(PasswordResetRequested e) {
        write(AuditAction.PASSWORD_LINK_REQUESTED, e.to().email(), e.expiresAt().toString());
    }

    @EventListener
    @Transactional
    void on(ProjectChanged e) {
        write(AuditAction.PROJECT_STEP, e.title(), e.action() + " " + e.status());
    }

    @EventListener
    @Transactional
    void on(VocabularyEdited e) {
        write(AuditAction.VOCABULARY_EDITED, e.conceptId(), e.change().name());
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent e) {
        events.save(new AuditEvent(clock.instant(), null, e.getAuthentication().getName(), AuditAction.SIGNED_IN,
                e.getAuthentication().getName(), null));
    }

    /** The name typed into the log-in form is kept (clipped), never the password. */
    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent e) {
        String typed = String.valueOf(e.getAuthentication().getName());
        events.save(new AuditEvent(clock.instant(), null, "visitor", AuditAction.SIGN_IN_FAILED,
                typed.length() > 100 ? typed.substring(0, 100) : typed, null));
    }

    private void write(AuditAction action, String subject, String details) {
        var actor = currentUser.get();
        events.save(new AuditEvent(clock.instant(), actor.map(a -> a.id().value()).orElse(null),
                actor.map(a -> a.fullName()).orElse(actorWithoutAccount()), action, subject, details));
    }

    /** The application itself (demo data, background work) or a visitor who is not signed in. */
    private static String actorWithoutAccount() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_SYSTEM")) ? "system" : "visitor";
    }
}
