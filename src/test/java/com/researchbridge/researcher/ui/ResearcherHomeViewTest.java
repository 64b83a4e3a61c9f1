package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class ResearcherHomeViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aResearcherSeesTheirOwnProfile() {
        navigateInLocale(UiLanguage.ZH.locale(), ResearcherHomeView.class);
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class,
                DemoAccounts.RESEARCHER_CN);
        String summary = jdbc.queryForObject("""
                select s.body from researcher_summary s join researcher_profile p on p.id = s.profile_id
                join user_account a on a.id = p.account_id where a.email = ? and s.list_index = 0""",
                String.class, DemoAccounts.RESEARCHER_CN);
        assertThat(viewText()).contains(name, summary, "中国");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminHasNoResearcherHome() {
        assertRefused("researcher");
    }
}
