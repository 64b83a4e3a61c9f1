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

/** Proposing a project reveals the partner (the form shows where they work): only to partners the proposer may see. */
@IntegrationTest
class ProposalPrivacyTest {

    private static final ProjectForm PLAN = new ProjectForm("Обратные задачи теплопереноса", "Совместный семинар и две статьи.");

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

    private long rows() {
        return jdbc.queryForObject("select count(*) from joint_project", Long.class);
    }

    private String kazakhNotIntroduced(String institutionCode) {
        return Introductions.kazakhNotIntroduced(users, matching, suggestions, jdbc, institutionCode, false);
    }

    private void withVisibility(String email, ProfileVisibility visibility, Runnable check) {
        ProfileEdits.withVisibility(users, profiles, email, visibility, check);
    }

    private void refusedAsNoPartner(AccountId partner) {
        long before = rows();
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> assertThatThrownBy(() -> projects.propose(partner, PLAN))
                .isInstanceOfSatisfying(ProjectRefused.class, e -> assertThat(e.messageKey()).isEqualTo("project.refused.noPartner")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aProposalToAProfileShownOnlyToOfficesIsRefusedLikeOneToNobody() {
        String email = kazakhNotIntroduced("KZ-NU");
        var partner = new AccountId(ProjectPeople.accountOf(jdbc, email));
        withVisibility(email, ProfileVisibility.MATCHER_AND_OFFICES, () -> refusedAsNoPartner(partner));
        refusedAsNoPartner(new AccountId(987_654_321L));
    }

    @Test
    void aProposalToAHiddenProfileIsRefusedLikeOneToNobody() {
        String email = kazakhNotIntroduced("KZ-ENU");
        var partner = new AccountId(ProjectPeople.accountOf(jdbc, email));
        withVisibility(email, ProfileVisibility.NOBODY, () -> refusedAsNoPartner(partner));
    }
}
