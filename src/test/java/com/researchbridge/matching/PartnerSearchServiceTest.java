package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.matching.PartnerSearchService.SearchRequest;
import com.researchbridge.researcher.ProfileForm;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PartnerSearchServiceTest {

    @Autowired
    PartnerSearchService search;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private PartnerSearchService.SearchPage find(String text, Country country) {
        return search.search(new SearchRequest(text, country, null, null), 0, 10);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aRussianQueryFindsChineseGlaciologistsThroughSharedConcepts() {
        var page = find("ледниковый сток Тянь-Шаня", Country.CN);
        assertThat(page.total()).isPositive();
        assertThat(page.profiles().getFirst().summary()).contains("冰川");
        assertThat(page.profiles()).allMatch(p -> p.country() == Country.CN);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aChineseQueryFindsKazakhProfilesAndNamesAndInstitutionsAreSearchable() {
        assertThat(find("冰川径流", Country.KZ).profiles()).isNotEmpty()
                .first().extracting(ProfileSummary::summary).asString().containsAnyOf("мұздық", "ледник", "glacier");
        assertThat(find("Үсенов", null).profiles()).extracting(ProfileSummary::fullName).contains("Үсенов Саят");
        assertThat(find("Tsinghua", Country.CN).total()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anEmptyQueryListsEveryoneThatPassesTheFilters() {
        assertThat(find("", Country.CN).total()).isBetween(140L, 150L);
        assertThat(find("🙂🙂", null).total()).isZero();
        assertThat(find("<script>alert(1)</script>" + "x".repeat(1_000_000), null).profiles()).isNotNull();
    }

    @Test
    void profilesVisibleOnlyToOfficesAreHiddenFromResearchers() {
        String email = jdbc.queryForObject("select min(email) from user_account where email like '%@nu.example' and role = 'RESEARCHER'", String.class);
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email);
        RunAs.user(users, email, () -> {
            var f = ProfileForm.of(profiles.myProfile().orElseThrow());
            profiles.updateMyProfile(new ProfileForm(f.fullNameLatin(), f.positionTitle(), f.fields(), f.summaries(),
                    f.spokenLanguages(), f.keywords(), f.orcid(), f.homepage(),
                    ProfileVisibility.MATCHER_AND_OFFICES, f.openToCollaboration(), f.matchingConsent()));
        });
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () ->
                assertThat(find(name, null).profiles()).extracting(ProfileSummary::fullName).doesNotContain(name));
        RunAs.user(users, DemoAccounts.OFFICE_NU, () ->
                assertThat(find(name, null).profiles()).extracting(ProfileSummary::fullName).contains(name));
    }

    @Test
    @WithAnonymousUser
    void visitorsCannotSearch() {
        assertThatThrownBy(() -> find("glacier", null)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
