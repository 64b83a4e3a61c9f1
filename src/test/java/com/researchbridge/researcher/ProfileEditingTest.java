package com.researchbridge.researcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.researcher.ProfileRejected.Field;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ProfileEditingTest {

    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String researcher(int n) {
        return jdbc.queryForList("select email from user_account where role = 'RESEARCHER' and email like '%.example' order by email",
                String.class).get(n);
    }

    private static ProfileForm form(String summary, String orcid, String homepage) {
        return new ProfileForm("Test Latin", "профессор", ResearchField.EARTH_SCIENCES, summary, "ru", null,
                List.of(" ледники ", "ледники", "сток"), orcid, homepage, ProfileVisibility.SIGNED_IN, true, true);
    }

    @Test
    void aResearcherSavesTheirProfileNormalised() {
        RunAs.user(users, researcher(3), () -> {
            var saved = profiles.updateMyProfile(form("  <b>Ледники</b> Заилийского Алатау  ", "https://orcid.org/0000-0002-1825-0097",
                    "https://example.org/me"));
            assertThat(saved.summary()).isEqualTo("<b>Ледники</b> Заилийского Алатау");
            assertThat(saved.orcid()).isEqualTo("0000-0002-1825-0097");
            assertThat(saved.keywords()).containsExactly("ледники", "сток");
            assertThat(ProfileCompleteness.of(saved).missing()).contains("profile.summaryEn");
        });
    }

    @Test
    void badInputIsRejectedAsAWholeAndNothingIsStored() {
        String email = researcher(4);
        String before = jdbc.queryForObject("select summary from researcher_profile p join user_account a on a.id = p.account_id where a.email = ?",
                String.class, email);
        RunAs.user(users, email, () -> assertThatThrownBy(() -> profiles.updateMyProfile(
                form("x".repeat(1_000_000), "0000-0002-1825-0098", "javascript:alert(1)")))
                .isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.problems()).extracting(ProfileRejected.Problem::field)
                        .containsExactlyInAnyOrder(Field.SUMMARY, Field.ORCID, Field.HOMEPAGE)));
        assertThat(jdbc.queryForObject("select summary from researcher_profile p join user_account a on a.id = p.account_id where a.email = ?",
                String.class, email)).isEqualTo(before);
    }

    @Test
    void researchersWhoDoNotConsentAreLeftOutOfMatching() {
        String email = researcher(5);
        RunAs.user(users, email, () -> {
            var current = profiles.myProfile().orElseThrow();
            var form = ProfileForm.of(current);
            profiles.updateMyProfile(new ProfileForm(form.fullNameLatin(), form.positionTitle(), form.field(), form.summary(),
                    form.summaryLanguage(), form.summaryEn(), form.keywords(), form.orcid(), form.homepage(),
                    form.visibility(), form.openToCollaboration(), false));
        });
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        var forMatching = com.researchbridge.security.SystemAuthentication.call(profiles::allForMatching);
        assertThat(forMatching).noneMatch(p -> p.account().value() == id);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void onlyResearchersEditAProfile() {
        assertThatThrownBy(() -> profiles.updateMyProfile(form("x", null, null))).isInstanceOf(AccessDeniedException.class);
    }
}
