package com.researchbridge.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The log-in form's check, arranged so that every failure costs the same: one password-hash comparison, then
 * the account's state. Spring's default looks at the state first, so a blocked, locked or not yet activated
 * account answered ten times faster than an unknown one (which gets a comparison with a dummy hash), and
 * revealed that the address has an account. Here the state is looked at only after the right password, so a
 * wrong password gives the same "bad credentials" whoever the address belongs to. Being the only
 * authentication provider bean, it replaces the one Spring would build from the user details service.
 *
 * <p>A client address that gave too many wrong passwords lately (across any names, on any node: see
 * {@link LoginAttempts}) is refused before any account is looked at, whatever the password.
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    AccountAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
                                  LoginAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (attempts.clientLocked(LoginAttempts.clientOf(authentication))) {
            // a locked-account answer: not counted again, and the log-in page says only that it failed
            throw new LockedException("Too many failed sign-ins from this network address");
        }
        return super.authenticate(authentication);
    }
}
