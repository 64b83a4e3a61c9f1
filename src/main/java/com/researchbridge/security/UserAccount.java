package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A log-in: e-mail, password hash, role and, for researchers and offices, the home institution. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", length = 2)
    private Country country;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "ui_language", length = 10)
    private String uiLanguage;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String passwordHash, String fullName, Role role, Country country,
                InstitutionId institution, Instant createdAt) {
        if (role != Role.ADMIN && institution == null) {
            throw new IllegalArgumentException("A " + role + " account needs a home institution");
        }
        if (!EmailAddress.isWellFormed(email)) {
            // the last line of defence: every way of creating an account passes here, whatever its caller checked
            throw new IllegalArgumentException("Not an e-mail address an account may have");
        }
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.fullName = fullName.strip();
        this.role = Objects.requireNonNull(role);
        this.country = country;
        this.institutionId = institution == null ? null : institution.value();
        this.createdAt = createdAt;
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void rememberLanguage(UiLanguage language) {
        this.uiLanguage = language.code();
    }

    AccountId accountId() {
        return new AccountId(id);
    }

    AccountSummary toSummary() {
        return new AccountSummary(accountId(), email, fullName, role, country,
                institutionId == null ? null : new InstitutionId(institutionId),
                UiLanguage.fromCode(uiLanguage).orElse(null), enabled, createdAt);
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** A researcher a research office invited: unusable until the invitation is accepted. */
    static UserAccount invited(String email, String fullName, Country country, InstitutionId institution,
                               UiLanguage language, java.time.Instant createdAt) {
        var account = new UserAccount(email, InvitationToken.unusablePasswordHash(), fullName, Role.RESEARCHER,
                country, institution, createdAt);
        account.enabled = false;
        if (language != null) {
            account.rememberLanguage(language);
        }
        return account;
    }

    /** A new password chosen through a new-password link; an account an administrator disabled stays disabled. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    /** An administrator blocks or unblocks the account: a blocked account cannot log in. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The invited researcher chose a password: the account can log in from now on. */
    void activate(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.enabled = true;
    }

    String fullName() {
        return fullName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
