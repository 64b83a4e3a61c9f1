package com.researchbridge.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up by e-mail for the log-in form. An invited account has no password yet, only a marker that
 * no password matches; the log-in compares with a real hash of a random secret instead, so that a wrong password
 * for such an account costs what it costs for every other address.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private volatile String noPasswordHash;

    AccountUserDetailsService(UserAccountRepository accounts, LoginAttempts attempts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(UserAccount.normalizeEmail(username))
                .map(account -> new AccountPrincipal(account.toSummary(), comparableHash(account.passwordHash()),
                        attempts.locked(account.toSummary().email())))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
    }

    private String comparableHash(String stored) {
        if (!InvitationToken.isUnusablePasswordHash(stored)) {
            return stored;
        }
        if (noPasswordHash == null) {
            noPasswordHash = passwordEncoder.encode(InvitationToken.generate());
        }
        return noPasswordHash;
    }
}
