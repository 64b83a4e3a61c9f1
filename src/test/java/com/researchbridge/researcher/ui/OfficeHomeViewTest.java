package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileSummary;
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

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    @SuppressWarnings("unchecked")
    void anOfficeListsExactlyItsOwnResearchers() {
        navigate(OfficeHomeView.class);
        Grid<ProfileSummary> grid = find(Grid.class).id("office-researchers");
        long expected = jdbc.queryForObject("""
                select count(*) from researcher_profile p join institution i on i.id = p.institution_id
                where i.code = 'CN-TSINGHUA'""", Long.class);
        assertThat(expected).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) expected);
        assertThat(viewText()).contains("Tsinghua University");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherIsRefused() {
        assertRefused("office");
    }
}
