package com.researchbridge.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import java.util.HashSet;
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

    /** A Kazakh researcher open to collaboration whom the matcher neither suggests nor proposed to the Chinese demo researcher. */
    private String kazakhNotIntroduced(String institutionCode) {
        var suggested = new HashSet<Long>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> assertThat(matching.rebuild()).succeedsWithin(java.time.Duration.ofMinutes(3)));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS,
                UiLanguage.EN).forEach(s -> suggested.add(s.partner().account().value())));
        assertThat(suggested).as("the matcher suggests partners").isNotEmpty();
        return jdbc.queryForList("""
                select a.email from user_account a join institution i on i.id = a.institution_id
                join researcher_profile p on p.account_id = a.id
                where i.code = ? and a.role = 'RESEARCHER' and p.open_to_collaboration
                  and not exists (select 1 from match_proposal m, user_account me where me.email = ?
                                  and ((m.account_low = a.id and m.account_high = me.id)
                                    or (m.account_high = a.id and m.account_low = me.id)))
                  and not exists (select 1 from joint_project j where j.initiator_account_id = a.id or j.partner_account_id = a.id)
                order by a.email""", String.class, institutionCode, DemoAccounts.RESEARCHER_CN).stream()
                .filter(email -> !suggested.contains(ProjectPeople.accountOf(jdbc, email))).findFirst().orElseThrow();
    }

    private void withVisibility(String email, ProfileVisibility visibility, Runnable check) {
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(visibility)));
        try {
            check.run();
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
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
