package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class OfficeHomeViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    @SuppressWarnings("unchecked")
    void anOfficeListsExactlyItsOwnResearchers() {
        navigate(OfficeHomeView.class);
        Grid<ProfileSummary> grid = find(Grid.class).id("office-researchers");
        long expected = jdbc.queryForObject("""
                select count(*) from researcher_profile p join institution i on i.id = p.institution_id
                where i.code = 'CN-TSINGHUA' and p.visibility <> 'NOBODY'""", Long.class);
        assertThat(expected).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) expected);
        assertThat(viewText()).contains("Tsinghua University");
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    @SuppressWarnings("unchecked")
    void anOfficeListsOnlyWhatItMaySeeOnTheProfilePages() {
        var emails = jdbc.queryForList("""
                select a.email from user_account a join institution i on i.id = a.institution_id
                where i.code = 'KZ-KAZNU' and a.role = 'RESEARCHER' and a.email <> ? order by a.email desc""",
                String.class, DemoAccounts.RESEARCHER_KZ);
        String hidden = emails.get(0);
        String officesOnly = emails.get(1);
        String hiddenName = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, hidden);
        RunAs.user(users, hidden, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.NOBODY)));
        RunAs.user(users, officesOnly, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        try {
            long visible = jdbc.queryForObject("""
                    select count(*) from researcher_profile p join institution i on i.id = p.institution_id
                    where i.code = 'KZ-KAZNU' and p.visibility <> 'NOBODY'""", Long.class);
            navigateInLocale(java.util.Locale.ENGLISH, OfficeHomeView.class);
            Grid<ProfileSummary> grid = find(Grid.class).id("office-researchers");
            var rows = test(grid);
            var listed = java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> rows.getRow(i).fullName()).toList();
            assertThat(listed).as("a hidden profile is not listed").doesNotContain(hiddenName)
                    .as("a profile shown to offices is").contains(jdbc.queryForObject(
                            "select full_name from user_account where email = ?", String.class, officesOnly));
            assertThat(listed).hasSize((int) visible);
            assertThat(viewText()).doesNotContain(hiddenName).contains("Researchers registered at your institution: " + visible);
        } finally {
            for (String email : List.of(hidden, officesOnly)) {
                RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
            }
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherIsRefused() {
        assertRefused("office");
    }
}
