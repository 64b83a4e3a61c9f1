package com.researchbridge.security;

import com.researchbridge.base.OutgoingMail;
import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": a visitor asks for a link for an e-mail address; if an enabled account has it, a
 * link valid for {@link #VALIDITY} is mailed (at most {@link #MAX_PER_HOUR} an hour). The answer is the same
 * whether the address is known or not, so the page does not tell who has an account. The link sets a new
 * password once; all other open links of the account stop working with it. While the site cannot send e-mail
 * (and does not log it either, as the demo does), no link is made: nobody could receive it.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofHours(1);
    public static final int MAX_PER_HOUR = 3;
    private static final int MAX_TOKEN = 100;

    private final PasswordResetRepository resets;
    private final UserAccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OutgoingMail outgoing;

    PasswordResetService(PasswordResetRepository resets, UserAccountRepository accounts, PasswordPolicy passwordPolicy,
                         PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
                         OutgoingMail outgoing) {
        this.outgoing = outgoing;
        this.resets = resets;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** How a link would reach its owner; says nothing about any account, so anyone may ask. */
    @AccessExpectation({Who.ANONYMOUS, Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("permitAll()")
    public OutgoingMail.Delivery linkDelivery() {
        return outgoing.delivery();
    }

    /** Mails a link when the address belongs to an enabled account and the hourly limit allows; else nothing. */
    @Transactional
    @AccessExpectation(Who.ANONYMOUS)
    @PreAuthorize("isAnonymous()")
    public void requestLink(String email) {
        if (outgoing.delivery() == OutgoingMail.Delivery.OFF || email == null || !EmailAddress.isWellFormed(email.strip())) {
            return;
        }
        var now = clock.instant();
        accounts.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::toSummary)
                .filter(AccountSummary::enabled)
                .filter(a -> resets.countByAccountIdAndCreatedAtAfter(a.id().value(), now.minus(Duration.ofHours(1))) < MAX_PER_HOUR)
                .ifPresent(a -> {
                    String token = InvitationToken.generate();
                    resets.save(new PasswordReset(a.id().value(), InvitationToken.hash(token), now, now.plus(VALIDITY)));
                    events.publishEvent(new PasswordResetRequested(
                            new Contact(a.id(), a.email(), a.fullName(), a.uiLanguage(), a.country()), token, now.plus(VALIDITY)));
                });
    }

    /** The e-mail of the account the link is for, or {@link PasswordResetRefused} when it cannot be used. */
    @AccessExpectation(Who.ANONYMOUS)
    @PreAuthorize("isAnonymous()")
    public String check(String token) {
        var reset = usable(token);
        return accounts.findById(reset.accountId()).orElseThrow(() -> new PasswordResetRefused(PasswordResetRefused.Reason.INVALID))
                .email();
    }

    /** Sets the new password and closes every open link of the account; both, or (with the reason) nothing. */
    @Transactional
    @AccessExpectation(Who.ANONYMOUS)
    @PreAuthorize("isAnonymous()")
    public void setPassword(String token, String password) {
        var reset = usable(token);
        var account = accounts.findById(reset.accountId())
                .orElseThrow(() -> new PasswordResetRefused(PasswordResetRefused.Reason.INVALID));
        if (!passwordPolicy.isStrongEnough(password, account.fullName(), account.email())) {
            throw new PasswordResetRefused(PasswordResetRefused.Reason.WEAK_PASSWORD);
        }
        account.changePassword(passwordEncoder.encode(password));
        var now = clock.instant();
        resets.findByAccountIdAndUsedAtIsNull(reset.accountId()).forEach(r -> r.use(now));
    }

    private PasswordReset usable(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw new PasswordResetRefused(PasswordResetRefused.Reason.INVALID);
        }
        return resets.findByTokenHash(InvitationToken.hash(token.strip()))
                .filter(r -> r.usableAt(clock.instant()))
                .orElseThrow(() -> new PasswordResetRefused(PasswordResetRefused.Reason.INVALID));
    }
}
