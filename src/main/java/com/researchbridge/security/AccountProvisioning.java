package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts for trusted start-up code only: the first administrator from configuration and the
 * demo data. No view reaches it; users register through {@link AccountService#register}.
 */
@Component
@Transactional
public class AccountProvisioning {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountProvisioning(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                        ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Hash once and reuse for many demo accounts: bcrypt is slow on purpose. */
    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return accounts.existsByEmail(UserAccount.normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /** Whether the account with this e-mail address exists and is an administrator. */
    @Transactional(readOnly = true)
    public boolean isAdmin(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).filter(a -> a.toSummary().role() == Role.ADMIN).isPresent();
    }

    public AccountId createResearcher(String email, String passwordHash, String fullName, Country country,
                                      InstitutionId institution, UiLanguage language) {
        var account = new UserAccount(email, passwordHash, fullName, Role.RESEARCHER, country, institution, clock.instant());
        if (language != null) {
            account.rememberLanguage(language);
        }
        account = accounts.save(account);
        events.publishEvent(new ResearcherRegistered(account.accountId(), fullName.strip(), country, institution));
        return account.accountId();
    }

    public AccountId createOffice(String email, String passwordHash, String fullName, Country country,
                                  InstitutionId institution) {
        return accounts.save(new UserAccount(email, passwordHash, fullName, Role.RESEARCH_OFFICE, country,
                institution, clock.instant())).accountId();
    }

    public AccountId createAdmin(String email, String passwordHash, String fullName) {
        // flushed here, so that a second node creating the same first administrator at the same moment meets the
        // unique e-mail key in this call (FirstAdminBootstrap then finds the other node's account)
        return accounts.saveAndFlush(new UserAccount(email, passwordHash, fullName, Role.ADMIN, null, null,
                clock.instant())).accountId();
    }
}
