package com.researchbridge.researcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
class ProfilePageServiceTest {

    @Autowired
    ProfilePageService pages;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    PublicationService publications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    /** A demo researcher of that institution's e-mail domain that other tests leave alone. */
    private String researcherOf(String domain) {
        return jdbc.queryForObject("select max(email) from user_account where email like ? and role = 'RESEARCHER'",
                String.class, "%@" + domain);
    }

    private AccountId account(String email) {
        return new AccountId(jdbc.queryForObject("select id from user_account where email = ?", Long.class, email));
    }

    private boolean sees(String viewer, AccountId profile) {
        boolean[] seen = new boolean[1];
        RunAs.user(users, viewer, () -> seen[0] = pages.open(profile).isPresent());
        return seen[0];
    }

    @Test
    void profilesForSignedInUsersAreSeenByEveryone() {
        var owner = account(DemoAccounts.RESEARCHER_CN);
        for (String viewer : List.of(DemoAccounts.RESEARCHER_KZ, DemoAccounts.OFFICE_KAZNU, DemoAccounts.ADMIN, DemoAccounts.RESEARCHER_CN)) {
            assertThat(sees(viewer, owner)).as(viewer).isTrue();
        }
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> {
            var page = pages.open(owner).orElseThrow();
            assertThat(page.profile().fullName()).isEqualTo(jdbc.queryForObject(
                    "select full_name from user_account where email = ?", String.class, DemoAccounts.RESEARCHER_CN));
            assertThat(page.publications()).isEqualTo(publications.of(owner));
        });
    }

    @Test
    void profilesForOfficesAreSeenByOfficesAdministratorsAndTheOwnerOnly() {
        String email = researcherOf("satbayev.example");
        var owner = account(email);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        try {
            assertThat(sees(DemoAccounts.RESEARCHER_KZ, owner)).isFalse();
            assertThat(sees(DemoAccounts.RESEARCHER_CN, owner)).isFalse();
            assertThat(sees(DemoAccounts.OFFICE_TSINGHUA, owner)).isTrue();
            assertThat(sees(DemoAccounts.OFFICE_KAZNU, owner)).isTrue();
            assertThat(sees(DemoAccounts.ADMIN, owner)).isTrue();
            assertThat(sees(email, owner)).isTrue();
            RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                    assertThatThrownBy(() -> publications.of(owner)).isInstanceOf(AccessDeniedException.class));
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
    }

    @Test
    void hiddenProfilesAreSeenByTheOwnerOnly() {
        String email = researcherOf("kaznu.example");
        var owner = account(email);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.NOBODY)));
        try {
            for (String viewer : List.of(DemoAccounts.RESEARCHER_KZ, DemoAccounts.OFFICE_KAZNU, DemoAccounts.ADMIN)) {
                assertThat(sees(viewer, owner)).as(viewer).isFalse();
                RunAs.user(users, viewer, () ->
                        assertThatThrownBy(() -> publications.of(owner)).isInstanceOf(AccessDeniedException.class));
            }
            assertThat(sees(email, owner)).isTrue();
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
    }

    @Test
    void aMissingProfileLooksLikeAHiddenOne() {
        assertThat(sees(DemoAccounts.ADMIN, new AccountId(987_654_321L))).isFalse();
    }

    @Test
    @WithAnonymousUser
    void visitorsAreRefused() {
        var owner = account(DemoAccounts.RESEARCHER_CN);
        assertThatThrownBy(() -> pages.open(owner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publications.of(owner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.visibleProfile(owner)).isInstanceOf(AccessDeniedException.class);
    }

    private boolean reads(String viewer, AccountId profile) {
        boolean[] read = new boolean[2];
        RunAs.user(users, viewer, () -> {
            read[0] = profiles.visibleProfile(profile).isPresent();
            read[1] = profiles.visibleProfiles(List.of(profile)).containsKey(profile);
        });
        assertThat(read[0]).as("one or several profiles, same answer").isEqualTo(read[1]);
        return read[0];
    }

    @Test
    void anotherPersonsProfileIsReadOnlyAsItsVisibilityAllows() {
        String email = researcherOf("enu.example");
        var owner = account(email);
        var sameInstitutionOffice = "office@enu.example";
        for (String viewer : List.of(DemoAccounts.RESEARCHER_CN, DemoAccounts.RESEARCHER_KZ, sameInstitutionOffice,
                DemoAccounts.OFFICE_TSINGHUA, DemoAccounts.ADMIN, email)) {
            assertThat(reads(viewer, owner)).as("signed-in profile, " + viewer).isTrue();
        }
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        try {
            assertThat(reads(DemoAccounts.RESEARCHER_CN, owner)).as("researcher of the other country").isFalse();
            assertThat(reads(DemoAccounts.RESEARCHER_KZ, owner)).as("researcher of the same country").isFalse();
            assertThat(reads(sameInstitutionOffice, owner)).as("office of the same institution").isTrue();
            assertThat(reads(DemoAccounts.OFFICE_TSINGHUA, owner)).as("office of another institution").isTrue();
            assertThat(reads(DemoAccounts.ADMIN, owner)).as("administrator").isTrue();
            assertThat(reads(email, owner)).as("owner").isTrue();
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.NOBODY)));
            for (String viewer : List.of(DemoAccounts.RESEARCHER_CN, sameInstitutionOffice, DemoAccounts.OFFICE_TSINGHUA, DemoAccounts.ADMIN)) {
                assertThat(reads(viewer, owner)).as("hidden, " + viewer).isFalse();
            }
            assertThat(reads(email, owner)).as("owner of a hidden profile").isTrue();
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
        assertThat(reads(DemoAccounts.ADMIN, new AccountId(987_654_321L))).as("missing").isFalse();
    }

    @Test
    void onlyTheSystemReadsProfilesWhateverTheirVisibility() {
        var someone = List.of(account(DemoAccounts.RESEARCHER_CN));
        for (String viewer : List.of(DemoAccounts.RESEARCHER_KZ, DemoAccounts.OFFICE_KAZNU, DemoAccounts.ADMIN)) {
            RunAs.user(users, viewer, () -> {
                assertThatThrownBy(() -> profiles.forMatching(someone)).as(viewer).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> profiles.forSearch(someone)).as(viewer).isInstanceOf(AccessDeniedException.class);
            });
        }
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> assertThatThrownBy(() -> profiles.proposalPartner(someone.getFirst()))
                .isInstanceOf(AccessDeniedException.class));
    }
}
