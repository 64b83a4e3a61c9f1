package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PasswordResetTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountService accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    private String register(String email) {
        Anonymous.run(() -> accounts.register(new NewResearcher("Бақыт Ұмытшақ", email, "Altai-larch-forest-2026",
                Country.KZ, institutions.findByCode("KZ-ENU").orElseThrow().id())));
        return email;
    }

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
    }

    private long links(String email) {
        return jdbc.queryForObject("""
                select count(*) from password_reset r join user_account a on a.id = r.account_id where a.email = ?""",
                Long.class, email);
    }

    private String lastToken() {
        return events.stream(PasswordResetRequested.class).reduce((a, b) -> b).orElseThrow().token();
    }

    @Test
    void aLinkSetsANewPasswordOnceAndClosesTheOtherLinks() {
        String email = register("bakyt.forgets@enu.kz");
        Anonymous.run(() -> resets.requestLink("  BAKYT.forgets@enu.kz "));
        String first = lastToken();
        Anonymous.run(() -> resets.requestLink(email));
        String second = lastToken();
        assertThat(links(email)).isEqualTo(2);
        assertThat(jdbc.queryForList("select token_hash from password_reset", String.class)).doesNotContain(first, second);

        String before = hashOf(email);
        Anonymous.run(() -> {
            assertThat(resets.check(second)).isEqualTo(email);
            assertThatThrownBy(() -> resets.setPassword(second, "password1")).isInstanceOfSatisfying(PasswordResetRefused.class,
                    e -> assertThat(e.reason()).isEqualTo(PasswordResetRefused.Reason.WEAK_PASSWORD));
        });
        assertThat(hashOf(email)).isEqualTo(before);

        Anonymous.run(() -> resets.setPassword(second, "Irtysh-ferry-at-dawn-77"));
        assertThat(encoder.matches("Irtysh-ferry-at-dawn-77", hashOf(email))).isTrue();
        Anonymous.run(() -> {
            assertThatThrownBy(() -> resets.setPassword(second, "Another-long-phrase-88")).isInstanceOf(PasswordResetRefused.class);
            assertThatThrownBy(() -> resets.check(first)).as("the older link closed with the first use").isInstanceOf(PasswordResetRefused.class);
        });
        assertThat(encoder.matches("Irtysh-ferry-at-dawn-77", hashOf(email))).isTrue();
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNothingHappens() {
        long before = jdbc.queryForObject("select count(*) from password_reset", Long.class);
        long published = events.stream(PasswordResetRequested.class).count();
        Anonymous.run(() -> {
            resets.requestLink("nobody.here@enu.kz");
            resets.requestLink("not an address");
            resets.requestLink(null);
        });
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Long.class)).isEqualTo(before);
        assertThat(events.stream(PasswordResetRequested.class).count()).isEqualTo(published);
    }

    @Test
    void linksExpireAndAreLimitedPerHour() {
        String email = register("bakyt.limited@enu.kz");
        Anonymous.run(() -> {
            for (int i = 0; i < PasswordResetService.MAX_PER_HOUR + 2; i++) {
                resets.requestLink(email);
            }
        });
        assertThat(links(email)).isEqualTo(PasswordResetService.MAX_PER_HOUR);
        String token = lastToken();
        jdbc.update("""
                update password_reset set expires_at = created_at
                where account_id = (select id from user_account where email = ?)""", email);
        Anonymous.run(() -> assertThatThrownBy(() -> resets.check(token)).isInstanceOfSatisfying(PasswordResetRefused.class,
                e -> assertThat(e.reason()).isEqualTo(PasswordResetRefused.Reason.INVALID)));
        Anonymous.run(() -> assertThatThrownBy(() -> resets.check("x".repeat(500))).isInstanceOf(PasswordResetRefused.class));
    }

    @Test
    void signedInUsersDoNotUseTheVisitorsPages() {
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                assertThatThrownBy(() -> resets.requestLink(DemoAccounts.RESEARCHER_KZ)).isInstanceOf(AccessDeniedException.class));
    }
}
