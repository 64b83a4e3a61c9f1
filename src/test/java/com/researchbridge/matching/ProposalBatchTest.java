package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.UiLanguage;
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
    void onlyAdministratorsRunTheBatch() {
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () ->
                assertThatThrownBy(() -> admin.proposeCollaborations()).isInstanceOf(AccessDeniedException.class));
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () ->
                assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class));
    }
}
