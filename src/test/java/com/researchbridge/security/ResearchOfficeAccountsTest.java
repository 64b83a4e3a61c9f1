package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.institution.InstitutionService;
import com.researchbridge.security.RegistrationRejected.Field;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class ResearchOfficeAccountsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorCreatesAnOfficeThatCanLogInWithTheShownPassword() {
        var xju = institutions.findByCode("CN-XJU").orElseThrow().id();
        String[] password = new String[1];
        RunAs.user(users, DemoAccounts.ADMIN, () -> password[0] = accounts.createResearchOffice("keyanchu@xju.edu.cn", "新疆大学科研处", xju));
        assertThat(policy.isStrongEnough(password[0])).isTrue();
        var office = users.loadUserByUsername("keyanchu@xju.edu.cn");
        assertThat(encoder.matches(password[0], office.getPassword())).isTrue();
        assertThat(office.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RESEARCH_OFFICE");
        assertThat(jdbc.queryForObject("select country from user_account where email = 'keyanchu@xju.edu.cn'", String.class)).isEqualTo("CN");
    }

    @Test
    void badOfficeDataIsRefusedAndNothingStored() {
        long before = jdbc.queryForObject("select count(*) from user_account", Long.class);
        RunAs.user(users, DemoAccounts.ADMIN, () -> assertThatThrownBy(() -> accounts.createResearchOffice(DemoAccounts.OFFICE_KAZNU, " ", null))
                .isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems()).extracting(RegistrationRejected.Problem::field)
                        .containsExactlyInAnyOrder(Field.FULL_NAME, Field.EMAIL, Field.INSTITUTION)));
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsCreateOffices() {
        var nu = institutions.findByCode("KZ-NU").orElseThrow().id();
        RunAs.user(users, DemoAccounts.OFFICE_NU, () ->
                assertThatThrownBy(() -> accounts.createResearchOffice("second@nu.kz", "Second", nu)).isInstanceOf(AccessDeniedException.class));
    }
}
