package com.researchbridge.security;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invited researcher, not yet signed in, opens the link and chooses a password. */
@Service
@Transactional(readOnly = true)
public class InvitationAcceptance {

    /** What the invitation page shows before the password is chosen. */
    public record InvitationDetails(String email, String fullName) {
    }

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    InvitationAcceptance(InvitationRepository invitations, UserAccountRepository accounts, PasswordPolicy passwordPolicy,
                         PasswordEncoder passwordEncoder, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The invitee's e-mail and name, or {@link InvitationRefused} when the link is unknown, used or expired. */
    @AccessExpectation(Who.ANONYMOUS)
    @PreAuthorize("isAnonymous()")
    public InvitationDetails check(String token) {
        var invitation = find(token);
        switch (invitation.status(clock.instant())) {
            case ACCEPTED -> throw new InvitationRefused(InvitationRefused.Reason.USED);
            case EXPIRED -> throw new InvitationRefused(InvitationRefused.Reason.EXPIRED);
            case PENDING -> { }
        }
        var account = accounts.findById(invitation.account().value()).orElseThrow(
                () -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
        return new InvitationDetails(account.email(), account.fullName());
    }

    /** Sets the password and enables the account; both happen, or (with the reason) nothing. */
    @Transactional
    @AccessExpectation(Who.ANONYMOUS)
    @PreAuthorize("isAnonymous()")
    public void accept(String token, String password) {
        var invitation = find(token);
        var account = accounts.findById(invitation.account().value()).orElseThrow(
                () -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
        invitation.accept(clock.instant());
        if (!passwordPolicy.isStrongEnough(password, account.fullName(), account.email())) {
            throw new InvitationRefused(InvitationRefused.Reason.WEAK_PASSWORD);
        }
        account.activate(passwordEncoder.encode(password));
    }

    private Invitation find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvitationRefused(InvitationRefused.Reason.UNKNOWN);
        }
        return invitations.findByTokenHash(InvitationToken.hash(token.strip()))
                .orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
    }
}
