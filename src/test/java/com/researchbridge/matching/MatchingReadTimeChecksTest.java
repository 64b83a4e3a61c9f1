package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.engine.Match;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A researcher who withdrew consent, hid the profile or closed collaboration a moment ago is proposed to nobody,
 * even while the index still holds the old profile: suggestions and the proposal batch check again when they
 * read. The profile is changed in the database directly, so no index update runs.
 */
@IntegrationTest
class MatchingReadTimeChecksTest {

    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    MatchingAdminService admin;
    @Autowired
    MatchingIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void indexIsBuilt() throws Exception {
        index.requestRebuild();
        index.awaitRebuilds();
    }

    private long accountOf(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private List<Long> suggestedTo(String email, int limit) {
        var result = new java.util.ArrayList<Long>();
        RunAs.user(users, email, () -> suggestions.suggestionsForMe(limit, UiLanguage.EN)
                .forEach(s -> result.add(s.partner().account().value())));
        return result;
    }

    private void setProfile(long account, String assignment) {
        jdbc.update("update researcher_profile set " + assignment + " where account_id = ?", account);
    }

    @Test
    void partnersWhoJustWithdrewLeaveTheSuggestionsBeforeTheIndexKnowsAndOthersTakeTheirPlace() {
        var before = suggestedTo(DemoAccounts.RESEARCHER_KZ, PartnerSuggestionService.MAX_SUGGESTIONS);
        assertThat(before).as("enough partners for others to take the withdrawn ones' place").hasSizeGreaterThan(6);
        long noConsent = before.get(0);
        long hidden = before.get(1);
        long closed = before.get(2);
        setProfile(noConsent, "matching_consent = false");
        setProfile(hidden, "visibility = 'NOBODY'");
        setProfile(closed, "open_to_collaboration = false");
        try {
            var stillIndexed = index.ready().topMatches(String.valueOf(accountOf(DemoAccounts.RESEARCHER_KZ)), 6,
                    TextLanguage.EN).stream().map(Match::id).toList();
            assertThat(stillIndexed).as("the index has not taken in the change")
                    .contains(String.valueOf(noConsent), String.valueOf(hidden), String.valueOf(closed));

            var after = suggestedTo(DemoAccounts.RESEARCHER_KZ, 6);

            var others = before.subList(3, before.size());
            assertThat(after).doesNotContain(noConsent, hidden, closed)
                    .containsExactlyElementsOf(others.subList(0, Math.min(6, others.size())));
        } finally {
            setProfile(noConsent, "matching_consent = true");
            setProfile(hidden, "visibility = 'SIGNED_IN'");
            setProfile(closed, "open_to_collaboration = true");
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theProposalBatchDoesNotProposeSomeoneWhoJustWithdrewConsent() {
        admin.proposeCollaborations();
        var engine = index.ready();
        var pair = jdbc.queryForList("""
                select account_low, account_high from match_proposal where status = 'OPEN' order by score desc""")
                .stream().map(row -> new long[] {((Number) row.get("account_low")).longValue(),
                        ((Number) row.get("account_high")).longValue()})
                .filter(p -> mutual(engine, p[0], p[1])).findFirst().orElseThrow();
        jdbc.update("delete from match_proposal where account_low = ? and account_high = ?", pair[0], pair[1]);
        setProfile(pair[0], "matching_consent = false");
        try {
            admin.proposeCollaborations();
            assertThat(proposalsBetween(pair)).isZero();
        } finally {
            setProfile(pair[0], "matching_consent = true");
        }
        admin.proposeCollaborations();
        assertThat(proposalsBetween(pair)).as("proposed again once consent is back").isOne();
    }

    private boolean mutual(com.researchbridge.matching.engine.MatchEngine engine, long a, long b) {
        return engine.topMatches(String.valueOf(a), 5, TextLanguage.EN).stream().anyMatch(m -> m.id().equals(String.valueOf(b)))
                && engine.topMatches(String.valueOf(b), 5, TextLanguage.EN).stream().anyMatch(m -> m.id().equals(String.valueOf(a)));
    }

    private long proposalsBetween(long[] pair) {
        return jdbc.queryForObject("select count(*) from match_proposal where account_low = ? and account_high = ?",
                Long.class, pair[0], pair[1]);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherCannotTriggerTheIndexRebuild() {
        assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeCannotTriggerTheIndexRebuildNorReadTheStatus() {
        assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
    }
}
