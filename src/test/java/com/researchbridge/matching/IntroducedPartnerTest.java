package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.project.ProjectService;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A profile shown only to the matcher and offices is still put before the researchers the matcher suggests it to
 * (decision 12): they see the card and may propose a project; other researchers get "not found".
 */
@IntegrationTest
class IntroducedPartnerTest {

    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    ProjectService projects;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    MatchingIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private List<AccountId> suggestedTo(String email) {
        @SuppressWarnings("unchecked")
        List<AccountId>[] found = new List[1];
        RunAs.user(users, email, () -> found[0] = suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS, UiLanguage.EN)
                .stream().map(s -> s.partner().account()).toList());
        return found[0];
    }

    private boolean formOpens(String who, AccountId partner) {
        boolean[] opens = new boolean[1];
        RunAs.user(users, who, () -> opens[0] = projects.openProposal(partner).isPresent());
        return opens[0];
    }

    @Test
    void aSuggestedPartnerShownOnlyToOfficesCanBeProposedToByThoseItIsSuggestedTo() throws Exception {
        index.requestRebuild();
        index.awaitRebuilds();
        var partner = suggestedTo(DemoAccounts.RESEARCHER_KZ).getFirst();
        String partnerEmail = jdbc.queryForObject("select email from user_account where id = ?", String.class, partner.value());
        String stranger = jdbc.queryForList("""
                select a.email from user_account a where a.role = 'RESEARCHER' and a.email like '%@satbayev.example'
                order by a.email""", String.class).stream()
                .filter(email -> !suggestedTo(email).contains(partner)
                        && jdbc.queryForObject("""
                                select count(*) from match_proposal m join user_account a on a.email = ?
                                where (m.account_low = a.id and m.account_high = ?) or (m.account_high = a.id and m.account_low = ?)""",
                        Long.class, email, partner.value(), partner.value()) == 0)
                .findFirst().orElseThrow();
        RunAs.user(users, partnerEmail, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        try {
            index.awaitRebuilds();
            assertThat(suggestedTo(DemoAccounts.RESEARCHER_KZ)).as("still suggested").contains(partner);
            assertThat(formOpens(DemoAccounts.RESEARCHER_KZ, partner)).as("suggested to them").isTrue();
            assertThat(formOpens(stranger, partner)).as("not suggested to them").isFalse();
        } finally {
            RunAs.user(users, partnerEmail, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
        }
    }
}
