package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ProposalBatchTest {

    @Autowired
    MatchingAdminService admin;
    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    MatchingIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProjectService projects;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void mutualBestMatchesBecomeProposalsAcrossTheBorderWithACapAndNeverTwice() throws Exception {
        index.awaitRebuilds();
        admin.proposeCollaborations(); // another test may have run the batch before: count what is stored
        assertThat(jdbc.queryForObject("select count(*) from match_proposal", Long.class)).isPositive();

        assertThat(jdbc.queryForObject("""
                select count(*) from match_proposal m
                join researcher_profile a on a.account_id = m.account_low
                join researcher_profile b on b.account_id = m.account_high
                where a.country = b.country""", Long.class)).isZero();
        var perResearcher = new HashMap<Long, Integer>();
        jdbc.queryForList("select account_low, account_high from match_proposal where status = 'OPEN'").forEach(row -> {
            perResearcher.merge(((Number) row.get("account_low")).longValue(), 1, Integer::sum);
            perResearcher.merge(((Number) row.get("account_high")).longValue(), 1, Integer::sum);
        });
        assertThat(perResearcher.values()).allMatch(n -> n <= 3);

        assertThat(admin.proposeCollaborations()).isZero();

        // never a weak pair (no specific shared topic): e.g. the Kazakh mathematician and the Chinese
        // mathematicians he shares only the field and a language with
        var engine = index.ready();
        jdbc.queryForList("select account_low, account_high from match_proposal where status = 'OPEN'").forEach(row -> {
            String a = String.valueOf(row.get("account_low"));
            String b = String.valueOf(row.get("account_high"));
            assertThat(engine.topMatches(a, 50, com.researchbridge.matching.text.TextLanguage.EN))
                    .filteredOn(m -> m.id().equals(b))
                    .allSatisfy(m -> assertThat(m.strength()).as(a + "-" + b).isNotEqualTo(MatchStrength.WEAK));
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void aProposedPartnerIsMarkedAndDismissingClosesTheProposal() throws Exception {
        index.awaitRebuilds();
        admin.proposeCollaborations();
        var pair = jdbc.queryForMap("select min(id) as id from match_proposal where status = 'OPEN'");
        long proposalId = ((Number) pair.get("id")).longValue();
        long low = jdbc.queryForObject("select account_low from match_proposal where id = ?", Long.class, proposalId);
        long high = jdbc.queryForObject("select account_high from match_proposal where id = ?", Long.class, proposalId);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, low);

        RunAs.user(users, email, () -> {
            var proposed = suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS, UiLanguage.EN).stream()
                    .filter(s -> s.partner().account().value() == high).findFirst().orElseThrow();
            assertThat(proposed.proposed()).isTrue();
            suggestions.dismiss(proposed.partner().account(), DismissReason.NOT_INTERESTED, null);
        });
        assertThat(jdbc.queryForObject("select status from match_proposal where id = ?", String.class, proposalId))
                .isEqualTo("DISMISSED");
    }

    @Test
    void aPairWithAJointProjectLeavesTheSuggestionsAndIsNeverProposedAgain() throws Exception {
        index.awaitRebuilds();
        RunAs.user(users, DemoAccounts.ADMIN, admin::proposeCollaborations);
        var pair = jdbc.queryForMap("""
                select min(m.id) as id from match_proposal m where m.status = 'OPEN' and not exists (
                    select 1 from joint_project j where j.initiator_account_id in (m.account_low, m.account_high)
                                                     or j.partner_account_id in (m.account_low, m.account_high))""");
        long proposalId = ((Number) pair.get("id")).longValue();
        long low = jdbc.queryForObject("select account_low from match_proposal where id = ?", Long.class, proposalId);
        long high = jdbc.queryForObject("select account_high from match_proposal where id = ?", Long.class, proposalId);
        String lowEmail = jdbc.queryForObject("select email from user_account where id = ?", String.class, low);
        String highEmail = jdbc.queryForObject("select email from user_account where id = ?", String.class, high);

        RunAs.user(users, lowEmail, () -> projects.propose(new AccountId(high),
                new ProjectForm("Joint study", "A plan both of us wrote.")));
        assertThat(jdbc.queryForObject("select status from match_proposal where id = ?", String.class, proposalId))
                .isEqualTo("TAKEN_UP");
        RunAs.user(users, lowEmail, () -> assertThat(suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS,
                UiLanguage.EN)).noneMatch(s -> s.partner().account().value() == high));
        RunAs.user(users, highEmail, () -> assertThat(suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS,
                UiLanguage.ZH)).noneMatch(s -> s.partner().account().value() == low));

        // Without the stored proposal, only the project keeps the batch from proposing the pair again.
        jdbc.update("delete from match_proposal where id = ?", proposalId);
        RunAs.user(users, DemoAccounts.ADMIN, admin::proposeCollaborations);
        assertThat(jdbc.queryForObject("select count(*) from match_proposal where account_low = ? and account_high = ?",
                Long.class, low, high)).isZero();
    }

    @Test
    void onlyAdministratorsRunTheBatch() {
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                assertThatThrownBy(() -> admin.proposeCollaborations()).isInstanceOf(AccessDeniedException.class));
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () ->
                assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class));
    }
}
