package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.SignedInUser;
import com.researchbridge.base.UiLanguage;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it in the session. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountSummary account;
    private String passwordHash;
    private final boolean locked;

    /** {@code locked}: too many wrong passwords lately (see {@link LoginAttempts}); the log-in is refused. */
    AccountPrincipal(AccountSummary account, String passwordHash, boolean locked) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    AccountSummary account() {
        return account;
    }

    AccountId accountId() {
        return account.id();
    }

    Role role() {
        return account.role();
    }

    Optional<InstitutionId> institution() {
        return Optional.ofNullable(account.institution());
    }

    Optional<Country> country() {
        return Optional.ofNullable(account.country());
    }

    @Override
    public String displayName() {
        return account.fullName();
    }

    @Override
    public Optional<UiLanguage> preferredLanguage() {
        return Optional.ofNullable(account.uiLanguage());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
