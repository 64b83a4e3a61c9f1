package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.security.RegistrationRejected.Field;
import com.researchbridge.security.RegistrationRejected.Problem;
import com.researchbridge.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithAnonymousUser
class RegistrationTest {

    private static final String GOOD_PASSWORD = "glacier-runoff-Tianshan-77";

    @Autowired
    AccountService accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private InstitutionId institution(String code) {
        return institutions.findByCode(code).orElseThrow().id();
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private NewResearcher form(String email) {
        return new NewResearcher("Әлия Сейтқали", email, GOOD_PASSWORD, Country.KZ, institution("KZ-KAZNU"));
    }

    @Test
    void aResearcherRegistersWithAProfileAndAHashedPassword() {
        var id = accounts.register(form("aliya.seitkali@kaznu.kz")).orElseThrow();

        assertThat(jdbc.queryForObject("select full_name from researcher_profile where account_id = ?", String.class, id.value()))
                .isEqualTo("Әлия Сейтқали");
        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, id.value());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
        assertThat(userDetails.loadUserByUsername("ALIYA.Seitkali@kaznu.kz ").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_RESEARCHER");
    }

    @Test
    void aKnownAddressIsAnsweredLikeANewOneAndNothingAboutItsAccountChanges() {
        accounts.register(form("taken@kaznu.kz")).orElseThrow();
        var stored = jdbc.queryForMap("select * from user_account where email = 'taken@kaznu.kz'");
        long accountsBefore = rows("user_account");
        long profilesBefore = rows("researcher_profile");

        var again = new NewResearcher("Someone Else", " Taken@KazNU.kz", "another-Password-of-mine-9", Country.CN,
                institution("CN-TSINGHUA"));
        assertThat(accounts.register(again)).isEmpty();

        assertThat(rows("user_account")).isEqualTo(accountsBefore);
        assertThat(rows("researcher_profile")).isEqualTo(profilesBefore);
        assertThat(jdbc.queryForMap("select * from user_account where email = 'taken@kaznu.kz'")).isEqualTo(stored);
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        long before = rows("user_account");
        assertThatThrownBy(() -> accounts.register(new NewResearcher(" ", "", "", null, null)))
                .isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder(Field.FULL_NAME, Field.EMAIL, Field.PASSWORD, Field.COUNTRY, Field.INSTITUTION));
        assertThat(rows("user_account")).isEqualTo(before);
    }

    @Test
    void malformedEmailsAndWeakPasswordsAreRejected() {
        assertThatThrownBy(() -> accounts.register(form("not-an-email")))
                .isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem(Field.EMAIL, "validation.email")));
        var weak = new NewResearcher("Wang Lei", "wang.lei@tsinghua.edu.cn", "password123", Country.CN, institution("CN-TSINGHUA"));
        assertThatThrownBy(() -> accounts.register(weak))
                .isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem(Field.PASSWORD, "registration.weakPassword")));
    }

    @Test
    void theInstitutionMustBeInTheChosenCountry() {
        var wrong = new NewResearcher("王磊", "wang.lei2@tsinghua.edu.cn", GOOD_PASSWORD, Country.CN, institution("KZ-NU"));
        assertThatThrownBy(() -> accounts.register(wrong))
                .isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem(Field.INSTITUTION, "registration.institutionMismatch")));
    }

    @Test
    @WithUserDetails("admin@researchbridge.example")
    void aSignedInUserCannotRegisterAnotherAccount() {
        assertThatThrownBy(() -> accounts.register(form("second@kaznu.kz"))).isInstanceOf(AccessDeniedException.class);
    }
}
