package com.researchbridge.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.Introductions;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the proposal form may show: a partner the researcher may see, of the other country; nobody else, as if missing. */
@IntegrationTest
class OpenProposalTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    com.researchbridge.matching.MatchingAdminService matching;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String kazakhNotIntroduced(String institutionCode) {
        return Introductions.kazakhNotIntroduced(users, matching, suggestions, jdbc, institutionCode, false);
    }

    private void withVisibility(String email, ProfileVisibility visibility, Runnable check) {
        ProfileEdits.withVisibility(users, profiles, email, visibility, check);
    }

    private boolean formOpens(String who, AccountId partner) {
        boolean[] opens = new boolean[1];
        RunAs.user(users, who, () -> opens[0] = projects.openProposal(partner).isPresent());
        return opens[0];
    }

    @Test
    void theFormOpensOnlyForAVisibleResearcherOfTheOtherCountry() {
        String email = kazakhNotIntroduced("KZ-SATBAYEV");
        var partner = new AccountId(ProjectPeople.accountOf(jdbc, email));
        assertThat(formOpens(DemoAccounts.RESEARCHER_CN, partner)).as("visible, other country").isTrue();
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> assertThat(projects.openProposal(partner).orElseThrow().partner().fullName())
                .isEqualTo(jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email)));
        withVisibility(email, ProfileVisibility.MATCHER_AND_OFFICES, () ->
                assertThat(formOpens(DemoAccounts.RESEARCHER_CN, partner)).as("shown to offices only").isFalse());
        withVisibility(email, ProfileVisibility.NOBODY, () ->
                assertThat(formOpens(DemoAccounts.RESEARCHER_CN, partner)).as("hidden").isFalse());
        assertThat(formOpens(DemoAccounts.RESEARCHER_CN, new AccountId(ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_CN))))
                .as("oneself").isFalse();
        assertThat(formOpens(DemoAccounts.RESEARCHER_CN, new AccountId(ProjectPeople.accountOf(jdbc,
                ProjectPeople.freeResearcherOf(jdbc, "CN-PKU"))))).as("same country").isFalse();
        assertThat(formOpens(DemoAccounts.RESEARCHER_CN, new AccountId(987_654_321L))).as("missing").isFalse();
    }

    @Test
    void onlyResearchersOpenTheForm() {
        var partner = new AccountId(ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_KZ));
        for (String who : java.util.List.of(DemoAccounts.OFFICE_KAZNU, DemoAccounts.OFFICE_TSINGHUA, DemoAccounts.ADMIN)) {
            RunAs.user(users, who, () -> assertThatThrownBy(() -> projects.openProposal(partner))
                    .as(who).isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
        }
    }
}
