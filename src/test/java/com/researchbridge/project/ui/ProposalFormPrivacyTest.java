package com.researchbridge.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.Introductions;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The proposal form shows a partner's name, institution, city, country and field, so it must not open for
 * anyone whose profile the reader may not see: it answers exactly as for an account that does not exist,
 * so that sequential ids cannot be probed.
 */
class ProposalFormPrivacyTest extends ViewTest {

    private static final long MISSING = 987_654_321L;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    UserDetailsService users;
    @Autowired
    PartnerSuggestionService suggestions;
    @Autowired
    com.researchbridge.matching.MatchingAdminService matching;

    private String kazakhOf(String institutionCode) {
        return Introductions.kazakhNotIntroduced(users, matching, suggestions, jdbc, institutionCode, true);
    }

    private String nameOf(String email) {
        return jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email);
    }

    /** Opens the form for an account id and returns the simple name of the view shown and its text. */
    private String[] open(long account) {
        navigate("project/new/" + account, Component.class);
        return new String[] {getCurrentView().getClass().getSimpleName(), viewText()};
    }

    private void withVisibility(String email, ProfileVisibility visibility, Runnable check) {
        ProfileEdits.withVisibility(users, profiles, email, visibility, check);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aProfileShownOnlyToOfficesIsRefusedExactlyLikeAMissingAccount() {
        var missing = open(MISSING);
        assertThat(missing[0]).isEqualTo("NotFoundView");
        String email = kazakhOf("KZ-NU");
        withVisibility(email, ProfileVisibility.MATCHER_AND_OFFICES, () -> {
            var hidden = open(ProjectPeople.accountOf(jdbc, email));
            assertThat(hidden).containsExactly(missing);
            assertThat(hidden[1]).doesNotContain(nameOf(email));
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aHiddenProfileIsRefusedExactlyLikeAMissingAccount() {
        var missing = open(MISSING);
        String email = kazakhOf("KZ-ENU");
        withVisibility(email, ProfileVisibility.NOBODY, () -> {
            var hidden = open(ProjectPeople.accountOf(jdbc, email));
            assertThat(hidden).containsExactly(missing);
            assertThat(hidden[1]).doesNotContain(nameOf(email));
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void oneselfAndResearchersOfTheSameCountryAreRefusedExactlyLikeAMissingAccount() {
        var missing = open(MISSING);
        assertThat(open(ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_CN))).containsExactly(missing);
        String sameCountry = ProjectPeople.freeResearcherOf(jdbc, "CN-PKU");
        var refused = open(ProjectPeople.accountOf(jdbc, sameCountry));
        assertThat(refused).containsExactly(missing);
        assertThat(refused[1]).doesNotContain(nameOf(sameCountry));
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aVisibleResearcherOfTheOtherCountryGetsTheForm() {
        String email = kazakhOf("KZ-SATBAYEV");
        assertThat(open(ProjectPeople.accountOf(jdbc, email))[0]).isEqualTo("NewProjectView");
        assertThat(viewText()).contains(nameOf(email));
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorCannotOpenTheForm() {
        assertRefused("project/new/" + ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_KZ));
    }
}
