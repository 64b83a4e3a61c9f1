package com.researchbridge.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up by e-mail for the log-in form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginAttempts attempts;

    AccountUserDetailsService(UserAccountRepository accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(UserAccount.normalizeEmail(username))
                .map(account -> new AccountPrincipal(account.toSummary(), account.passwordHash(),
                        attempts.locked(account.toSummary().email())))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
    }
}
