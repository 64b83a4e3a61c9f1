package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PartnerSuggestionServiceTest {

    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    MatchingIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    com.researchbridge.matching.engine.MatchingWeights weights;

    @Test
    void theConfiguredWeightsAreTheMeasuredDefaults() {
        assertThat(weights).isEqualTo(com.researchbridge.matching.engine.MatchingWeights.DEFAULT);
    }

    @BeforeEach
    void indexIsBuilt() throws Exception {
        index.requestRebuild();
        index.awaitRebuilds();
    }

    private String researcherWriting(String language, String country, String keyword) {
        return jdbc.queryForObject("""
                select min(a.email) from user_account a join researcher_profile p on p.account_id = a.id
                join researcher_summary s on s.profile_id = p.id and s.list_index = 0
                where s.lang_code = ? and p.country = ? and s.body like ?""", String.class, language, country, "%" + keyword + "%");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void suggestionsComeFromTheOtherCountryBestFirstWithReasonsInTheReadersLanguage() {
        var list = suggestions.suggestionsForMe(10, UiLanguage.ZH);
        assertThat(list).isNotEmpty().allSatisfy(s -> assertThat(s.partner().country()).isEqualTo(Country.CN));
        assertThat(list).extracting(s -> s.score() - (s.strength() == MatchStrength.WEAK ? 10 : 0))
                .as("by score, weak ones last").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(list.getFirst().strength()).isNotEqualTo(MatchStrength.WEAK);
        // the Kazakh mathematician shares only a field and a language with most Chinese mathematicians
        assertThat(list).filteredOn(s -> s.sharedConcepts().isEmpty()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.strength()).isEqualTo(MatchStrength.WEAK));
        assertThat(list.getFirst().sharedConcepts()).isNotEmpty().allMatch(label -> label.matches(".*\\p{IsHan}.*"));
    }

    @Test
    void aKazakhGlaciologistIsProposedAChineseGlaciologistFirst() {
        String glaciologist = researcherWriting("kk", "KZ", "мұздық");
        RunAs.user(users, glaciologist, () -> {
            var top = suggestions.suggestionsForMe(3, UiLanguage.KK);
            assertThat(top).isNotEmpty();
            assertThat(top.getFirst().partner().summary()).contains("冰川");
        });
    }

    @Test
    void aDismissedPartnerIsNotProposedAgain() {
        String me = researcherWriting("ru", "KZ", "");
        RunAs.user(users, me, () -> {
            var first = suggestions.suggestionsForMe(5, UiLanguage.RU).getFirst().partner().account();
            suggestions.dismiss(first, DismissReason.ALREADY_IN_CONTACT, "  we met in Urumqi  ");
            suggestions.dismiss(first, DismissReason.OTHER, null);
            assertThat(suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS, UiLanguage.RU))
                    .noneMatch(s -> s.partner().account().equals(first));
        });
        assertThat(jdbc.queryForObject("select reason || ':' || comment_text from match_dismissal d join user_account a on a.id = d.account_id where a.email = ?",
                String.class, me)).isEqualTo("ALREADY_IN_CONTACT:we met in Urumqi");
    }

    @Test
    void aDismissalNeedsAReasonAndAShortComment() {
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> {
            var partner = suggestions.suggestionsForMe(1, UiLanguage.ZH).getFirst().partner().account();
            assertThatThrownBy(() -> suggestions.dismiss(partner, null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> suggestions.dismiss(partner, DismissReason.OTHER, "x".repeat(501)))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void aChangedProfileIsReflectedInTheSuggestions() throws Exception {
        String me = researcherWriting("ru", "KZ", "экономик");
        var account = new com.researchbridge.base.AccountId(jdbc.queryForObject(
                "select id from user_account where email = ?", Long.class, me));
        com.researchbridge.security.SystemAuthentication.call(() -> {
            profiles.describe(account, "профессор", java.util.List.of(com.researchbridge.researcher.ResearchField.EARTH_SCIENCES),
                    java.util.List.of(new com.researchbridge.researcher.SummaryVersion("ru",
                            "Изучаю ледниковый сток и баланс массы ледников Тянь-Шаня, моделирую таяние ледников.")),
                    java.util.List.of(), java.util.List.of("ледниковый сток", "ледники"));
            return null;
        });
        index.awaitRebuilds();
        RunAs.user(users, me, () -> assertThat(suggestions.suggestionsForMe(1, UiLanguage.RU).getFirst().partner().summary())
                .contains("冰川"));
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void onlyResearchersGetSuggestions() {
        assertThatThrownBy(() -> suggestions.suggestionsForMe(5, UiLanguage.EN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void noUserMayReadTheWholeProfileListMeantForTheIndexOrRewriteAProfile() {
        assertThatThrownBy(() -> profiles.allForMatching()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.describe(new com.researchbridge.base.AccountId(1), "x", java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
