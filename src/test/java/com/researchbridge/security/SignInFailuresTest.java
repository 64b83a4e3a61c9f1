package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every failed log-in does the same work, whoever the address belongs to: exactly one comparison with a real
 * bcrypt hash of the same cost. Counted through a wrapping encoder, not timed.
 */
class SignInFailuresTest {

    private static final String PASSWORD = "Saryarka-steppe-wind-2026";
    private static final InstitutionId KAZNU = new InstitutionId(1);

    /** Hashes each {@code matches} call compared with. */
    private final List<String> compared = new ArrayList<>();
    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            compared.add(encoded);
            return real.matches(raw, encoded);
        }
    };
    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final LoginAttempts attempts = mock(LoginAttempts.class);
    private AccountAuthenticationProvider provider;

    @BeforeEach
    void setUp() throws Exception {
        provider = new AccountAuthenticationProvider(new AccountUserDetailsService(accounts, attempts, counting), counting,
                attempts);
        provider.afterPropertiesSet();
        account(1, "active@kaznu.kz", real.encode(PASSWORD), true);
        account(2, "blocked@kaznu.kz", real.encode(PASSWORD), false);
        account(3, "locked@kaznu.kz", real.encode(PASSWORD), true);
        when(attempts.locked("locked@kaznu.kz")).thenReturn(true);
        var invited = UserAccount.invited("invited@kaznu.kz", "Invited", Country.KZ, KAZNU, null, Instant.now());
        ReflectionTestUtils.setField(invited, "id", 4L);
        when(accounts.findByEmail("invited@kaznu.kz")).thenReturn(Optional.of(invited));
        when(accounts.findByEmail("nobody@kaznu.kz")).thenReturn(Optional.empty());
    }

    private void account(long id, String email, String hash, boolean enabled) {
        var account = new UserAccount(email, hash, "Someone", Role.RESEARCHER, Country.KZ, KAZNU, Instant.now());
        ReflectionTestUtils.setField(account, "id", id);
        account.setEnabled(enabled);
        when(accounts.findByEmail(email)).thenReturn(Optional.of(account));
    }

    private void logIn(String email, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void everyWrongPasswordCostsOneComparisonWithARealHashAndGivesTheSameAnswer() {
        for (String email : List.of("nobody@kaznu.kz", "active@kaznu.kz", "blocked@kaznu.kz", "locked@kaznu.kz",
                "invited@kaznu.kz")) {
            compared.clear();
            assertThatThrownBy(() -> logIn(email, "wrong-password-1")).as(email)
                    .isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(compared).as(email).hasSize(1);
            assertThat(compared.getFirst()).as(email).matches("\\{bcrypt}\\$2a\\$10\\$.{53}");
        }
    }

    @Test
    void theAccountsStateIsToldOnlyToWhoeverKnowsThePassword() {
        compared.clear();
        assertThatThrownBy(() -> logIn("blocked@kaznu.kz", PASSWORD)).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> logIn("locked@kaznu.kz", PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(compared).hasSize(2);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("active@kaznu.kz", PASSWORD))
                .isAuthenticated()).isTrue();
    }
}
