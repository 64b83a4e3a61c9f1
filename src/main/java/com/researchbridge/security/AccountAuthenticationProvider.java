package com.researchbridge.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
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
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    AccountAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }
}
