package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** The running application signs in through {@link AccountAuthenticationProvider}: state after password. */
@IntegrationTest
class SignInProviderTest {

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWrongPasswordForABlockedAccountGetsTheAnswerOfAnUnknownAddress() throws Exception {
        String email = jdbc.queryForObject("select email from user_account where role = 'RESEARCHER' and enabled"
                + " order by id desc limit 1", String.class);
        jdbc.update("update user_account set enabled = false where email = ?", email);
        try {
            var manager = authentication.getAuthenticationManager();
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "not-it-1")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    "nobody-at-all@kaznu.kz", "not-it-1"))).isExactlyInstanceOf(BadCredentialsException.class);
        } finally {
            jdbc.update("update user_account set enabled = true where email = ?", email);
        }
    }
}
