package com.researchbridge.security;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A research office invites researchers of its own institution: each invitation creates a disabled researcher
 * account (with its profile, as on registration) and a link with which the researcher sets a password.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(14);
    private static final int QUERY_CHUNK = 500;

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final RegistrationValidator validator;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(UserAccountRepository accounts, InvitationRepository invitations, RegistrationValidator validator,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.validator = validator;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Which of these e-mail addresses (normalised) already belong to an account. */
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public Set<String> registeredAmong(Collection<String> emails) {
        var normalized = emails.stream().map(EmailAddress::normalize).distinct().toList();
        var taken = new HashSet<String>();
        for (int from = 0; from < normalized.size(); from += QUERY_CHUNK) {
            taken.addAll(invitations.registeredAmong(normalized.subList(from, Math.min(normalized.size(), from + QUERY_CHUNK))));
        }
        return taken;
    }

    /**
     * Creates the invited researcher's account at the signed-in office's institution, and the invitation.
     * Joins the caller's transaction, so a caller importing many rows stores all of them or none.
     */
    @Transactional
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public IssuedInvitation invite(Invitee invitee) {
        var office = currentUser.require();
        if (!EmailAddress.isWellFormed(invitee.email()) || invitee.fullName() == null || invitee.fullName().isBlank()
                || invitee.fullName().strip().length() > RegistrationValidator.MAX_NAME) {
            throw new IllegalArgumentException("Invitee not valid: " + invitee.email());
        }
        var country = validator.countryOf(office.institution());
        var now = clock.instant();
        UserAccount account;
        try {
            account = accounts.saveAndFlush(UserAccount.invited(invitee.email(), invitee.fullName(), country,
                    office.institution(), invitee.language(), now));
        } catch (DataIntegrityViolationException raceOnEmail) {
            throw new RegistrationRejected(List.of(new RegistrationRejected.Problem(
                    RegistrationRejected.Field.EMAIL, "registration.emailTaken")));
        }
        events.publishEvent(new ResearcherRegistered(account.accountId(), account.fullName(), country, office.institution()));
        String token = InvitationToken.generate();
        var expiry = now.plus(VALIDITY);
        invitations.save(new Invitation(account.accountId(), office.institution(), InvitationToken.hash(token),
                office.id(), now, expiry));
        var issued = new IssuedInvitation(account.accountId(), account.email(), account.fullName(), token, expiry);
        events.publishEvent(new InvitationIssued(issued, invitee.language(), country, office.fullName()));
        return issued;
    }

    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public Page<InvitationSummary> invitationsOfMyInstitution(Pageable pageable) {
        var now = clock.instant();
        return invitations.listOfInstitution(currentUser.require().institution().value(), pageable).map(row -> {
            var invitation = (Invitation) row[0];
            return new InvitationSummary(invitation.id(), (String) row[1], (String) row[2], invitation.createdAt(),
                    invitation.expiresAt(), invitation.acceptedAt(), invitation.status(now));
        });
    }

    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public long countInvitationsOfMyInstitution() {
        return invitations.countByInstitutionId(currentUser.require().institution().value());
    }

    /**
     * A new link for a pending or expired invitation of the office's own institution. The old link stops
     * working: tokens are kept only as hashes, so a lost link cannot be shown again, only replaced.
     */
    @Transactional
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public IssuedInvitation renewLink(long invitationId) {
        var invitation = invitations.findById(invitationId)
                .filter(i -> i.belongsTo(currentUser.require().institution()))
                .orElseThrow(() -> new AccessDeniedException("Not an invitation of your institution"));
        String token = InvitationToken.generate();
        var now = clock.instant();
        invitation.renew(InvitationToken.hash(token), now, now.plus(VALIDITY));
        var account = accounts.findById(invitation.account().value()).orElseThrow();
        var issued = new IssuedInvitation(account.accountId(), account.email(), account.fullName(), token, invitation.expiresAt());
        var summary = account.toSummary();
        events.publishEvent(new InvitationIssued(issued, summary.uiLanguage(), summary.country(),
                currentUser.require().fullName()));
        return issued;
    }
}
