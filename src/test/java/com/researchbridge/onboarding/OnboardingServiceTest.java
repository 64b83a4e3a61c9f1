package com.researchbridge.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.testsupport.Anonymous;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class OnboardingServiceTest {

    @Autowired
    OnboardingService onboarding;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** Two good rows and one with a bad ORCID check digit, with addresses no other test uses. */
    private byte[] fileWithOneBadRow() {
        return ("email,full_name,position,field_code,orcid,language\n"
                + "aliya." + tag + "@kaznu.example.org,Әлия Серікова,Professor,1.1,0000-0002-1825-0097,kk\n"
                + "bad.orcid." + tag + "@kaznu.example.org,Bad Orcid,,,0000-0002-1825-0098,en\n"
                + "oleg." + tag + "@kaznu.example.org,Олег Ким,,2.2,,ru\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<Long> counts() {
        return List.of(count("user_account"), count("researcher_profile"), count("invitation"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void allOrNothingStoresNothingWhenOneRowIsBad() {
        var before = counts();
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> assertThatThrownBy(
                () -> onboarding.importRoster(fileWithOneBadRow(), ImportMode.ALL_OR_NOTHING, Progress.NONE))
                .isInstanceOfSatisfying(RosterRejected.class, e -> {
                    assertThat(e.problem().messageKey()).isEqualTo("onboarding.error.rowsInvalid");
                    assertThat(e.report().invalidRows()).isEqualTo(1);
                }));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void validRowsModeStoresExactlyTheGoodRowsWithProfilesAndInvitations() {
        var before = counts();
        var result = new AtomicReference<ImportResult>();
        var progress = new java.util.ArrayList<Integer>();
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> result.set(
                onboarding.importRoster(fileWithOneBadRow(), ImportMode.VALID_ROWS, (done, total) -> progress.add(done))));
        assertThat(result.get().invited()).hasSize(2);
        assertThat(result.get().skippedRows()).isEqualTo(1);
        assertThat(progress).last().isEqualTo(2);
        assertThat(counts()).containsExactly(before.get(0) + 2, before.get(1) + 2, before.get(2) + 2);

        var account = jdbc.queryForMap("select a.enabled, a.role, a.country, a.ui_language, i.code from user_account a "
                + "join institution i on i.id = a.institution_id where a.email = ?", "aliya." + tag + "@kaznu.example.org");
        assertThat(account).containsEntry("ENABLED", false).containsEntry("ROLE", "RESEARCHER")
                .containsEntry("COUNTRY", "KZ").containsEntry("UI_LANGUAGE", "kk").containsEntry("CODE", "KZ-KAZNU");
        var profile = jdbc.queryForMap("select p.position_title, f.field_code, p.orcid, p.matching_consent from researcher_profile p "
                + "join researcher_field f on f.profile_id = p.id and f.list_index = 0 join user_account a on a.id = p.account_id where a.email = ?", "aliya." + tag + "@kaznu.example.org");
        assertThat(profile).containsEntry("POSITION_TITLE", "PROFESSOR").containsEntry("FIELD_CODE", "1.1")
                .containsEntry("ORCID", "0000-0002-1825-0097").containsEntry("MATCHING_CONSENT", false);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class,
                "bad.orcid." + tag + "@kaznu.example.org")).isZero();
        String token = result.get().invited().getFirst().token();
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash = ?", Long.class, token)).isZero();
    }

    @Test
    void importingTheSameFileAgainFindsEveryAddressTaken() {
        byte[] file = ("email,full_name\nsame." + tag + "@kaznu.example.org,Same Person\n").getBytes(StandardCharsets.UTF_8);
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> onboarding.importRoster(file, ImportMode.ALL_OR_NOTHING, Progress.NONE));
        var before = counts();
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> {
            var report = onboarding.validate(file, Progress.NONE);
            assertThat(report.rows().getFirst().problems()).extracting(Problem::messageKey)
                    .containsExactly("onboarding.problem.emailTaken");
            assertThatThrownBy(() -> onboarding.importRoster(file, ImportMode.VALID_ROWS, Progress.NONE))
                    .isInstanceOf(RosterRejected.class);
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aLargerFileIsImportedCompletelyAndReportsItsProgress() {
        var csv = new StringBuilder("email,full_name,field_code\n");
        for (int i = 0; i < 250; i++) {
            csv.append("bulk").append(i).append('.').append(tag).append("@kaznu.example.org,Bulk ").append(i).append(",1.1\n");
        }
        var before = counts();
        var progress = new java.util.ArrayList<Integer>();
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> onboarding.importRoster(csv.toString().getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING, (done, total) -> progress.add(done)));
        assertThat(counts()).containsExactly(before.get(0) + 250, before.get(1) + 250, before.get(2) + 250);
        assertThat(progress).isSorted().hasSizeGreaterThan(10).last().isEqualTo(250);
        assertThat(jdbc.queryForObject("select count(*) from researcher_profile p join researcher_field f on f.profile_id = p.id "
                + "where f.field_code = '1.1' and p.full_name like 'Bulk %'",
                Long.class)).isEqualTo(250);
    }

    @Test
    void aFileInTheWrongEncodingStoresNothing() {
        var before = counts();
        byte[] cp1251 = ("email,full_name\nivan." + tag + "@kaznu.example.org,Иван\n").getBytes(java.nio.charset.Charset.forName("windows-1251"));
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> assertThatThrownBy(
                () -> onboarding.importRoster(cp1251, ImportMode.VALID_ROWS, Progress.NONE))
                .isInstanceOfSatisfying(RosterRejected.class, e -> assertThat(e.problem().messageKey()).isEqualTo("onboarding.error.encoding")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void researchersAdministratorsAndVisitorsAreRefused() {
        for (String email : List.of(DemoAccounts.RESEARCHER_KZ, DemoAccounts.ADMIN)) {
            RunAs.user(users, email, () -> {
                assertThatThrownBy(() -> onboarding.validate(fileWithOneBadRow(), Progress.NONE)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> onboarding.importRoster(fileWithOneBadRow(), ImportMode.VALID_ROWS, Progress.NONE))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(onboarding::template).isInstanceOf(AccessDeniedException.class);
            });
        }
        Anonymous.run(() -> assertThatThrownBy(() -> onboarding.importRoster(fileWithOneBadRow(), ImportMode.VALID_ROWS, Progress.NONE))
                .isInstanceOf(AccessDeniedException.class));
    }
}
