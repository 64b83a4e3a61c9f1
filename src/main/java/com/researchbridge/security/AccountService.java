package com.researchbridge.security;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.security.RegistrationRejected.Field;
import com.researchbridge.security.RegistrationRejected.Problem;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: self-registration of researchers, the admin's account list, the remembered UI language. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final RegistrationValidator validator;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    AccountService(UserAccountRepository accounts, RegistrationValidator validator, PasswordEncoder passwordEncoder,
                   ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.validator = validator;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Open to visitors. The answer does not tell whether the address already has an account (the page says "check
     * your e-mail" either way, and both ways do the same work): for a new address the account and its profile are
     * stored and a welcome is mailed; for a known one nothing is stored and its owner is mailed that someone tried
     * to register with it. Returns the new account, or empty for a known address; callers must not show which.
     * Invalid input is refused with {@link RegistrationRejected} and stores nothing.
     */
    @Transactional
    @AccessExpectation(Who.ANONYMOUS)
    @PreAuthorize("isAnonymous()")
    public Optional<AccountId> register(NewResearcher form) {
        List<Problem> problems = validator.problems(form);
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        String passwordHash = passwordEncoder.encode(form.password());
        var existing = accounts.findByEmail(EmailAddress.normalize(form.email()));
        if (existing.isPresent()) {
            events.publishEvent(new RegistrationReceived(contact(existing.get()), true));
            return Optional.empty();
        }
        var account = new UserAccount(form.email(), passwordHash, form.fullName(), Role.RESEARCHER, form.country(),
                form.institution(), clock.instant());
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceOnEmail) {
            // registered a moment ago by a parallel request: answered like any known address, nothing stored here
            return Optional.empty();
        }
        events.publishEvent(new ResearcherRegistered(account.accountId(), form.fullName().strip(), form.country(),
                form.institution()));
        events.publishEvent(new RegistrationReceived(contact(account), false));
        return Optional.of(account.accountId());
    }

    /**
     * Creates a research office account for one institution and returns its first password, generated here
     * and shown once to the administrator, who passes it on. Either the account is stored or, with the
     * problems listed, nothing.
     */
    @Transactional
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public String createResearchOffice(String email, String fullName, com.researchbridge.base.InstitutionId institution) {
        var problems = validator.officeProblems(email, fullName, institution);
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        var country = validator.countryOf(institution);
        String password = InitialPassword.generate();
        try {
            var office = accounts.saveAndFlush(new UserAccount(email, passwordEncoder.encode(password), fullName,
                    Role.RESEARCH_OFFICE, country, institution, clock.instant()));
            events.publishEvent(new ResearchOfficeCreated(office.accountId(), office.toSummary().email(), institution));
        } catch (DataIntegrityViolationException raceOnEmail) {
            throw new RegistrationRejected(List.of(new Problem(Field.EMAIL, "registration.emailTaken")));
        }
        return password;
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> search(Role role, String text, Pageable pageable) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return accounts.search(role, needle, pageable).map(UserAccount::toSummary);
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(Role role, Country country) {
        return country == null ? accounts.countByRole(role) : accounts.countByRoleAndCountry(role, country);
    }

    /**
     * An administrator blocks an account (it can no longer log in, and a signed-in holder is signed out at the
     * next page change) or unblocks it. Administrators cannot block themselves.
     */
    @Transactional
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public void setBlocked(AccountId account, boolean blocked) {
        if (currentUser.require().id().equals(account)) {
            throw new IllegalArgumentException("users.refused.self");
        }
        var target = accounts.findById(account.value()).orElseThrow(() -> new IllegalArgumentException("users.refused.unknown"));
        target.setEnabled(!blocked);
        events.publishEvent(new AccountBlockChanged(account, target.toSummary().email(), blocked));
    }

    /** Whether the signed-in user's account still exists and is not blocked. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("isAuthenticated()")
    public boolean isMyAccountActive() {
        return currentUser.get().flatMap(me -> accounts.findById(me.id().value()))
                .map(a -> a.toSummary().enabled()).orElse(false);
    }

    /** Contacts of the given accounts that exist and are enabled (for notices the application sends). */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public java.util.List<Contact> contacts(java.util.Collection<AccountId> ids) {
        return accounts.findAllById(ids.stream().filter(java.util.Objects::nonNull).map(AccountId::value).toList()).stream()
                .filter(AccountService::enabled).map(AccountService::contact).toList();
    }

    /** Contacts of the enabled research office accounts of an institution. */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public java.util.List<Contact> officeContacts(InstitutionId institution) {
        return accounts.findByRoleAndInstitutionIdAndEnabledTrue(Role.RESEARCH_OFFICE, institution.value()).stream()
                .map(AccountService::contact).toList();
    }

    private static Contact contact(UserAccount account) {
        var summary = account.toSummary();
        return new Contact(summary.id(), summary.email(), summary.fullName(), summary.uiLanguage(), summary.country());
    }

    private static boolean enabled(UserAccount account) {
        return account.toSummary().enabled();
    }

    /**
     * Deletes the signed-in researcher's own account, after they typed their e-mail to confirm. The database
     * removes everything that belongs to it (profile, publications, topics, dismissals, proposals).
     */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void deleteMyAccount(String confirmationEmail) {
        var email = SecurityContextHolderEmail.current();
        if (!UserAccount.normalizeEmail(confirmationEmail).equals(email)) {
            throw new IllegalArgumentException("The confirmation does not match the account's e-mail");
        }
        accounts.findByEmail(email).ifPresent(account -> {
            events.publishEvent(new AccountDeleted(account.accountId()));
            accounts.delete(account);
            accounts.flush();
        });
    }

    /** Only for the signed-in user's own account: the e-mail must be the principal's. */
    @Transactional
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("isAuthenticated() and #email == authentication.name")
    public void rememberLanguage(String email, UiLanguage language) {
        accounts.findByEmail(UserAccount.normalizeEmail(email)).ifPresent(account -> account.rememberLanguage(language));
    }
}
