package com.researchbridge.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class MainLayoutTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<String> navigationLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminSeesTheAdminPagesOnly() {
        assertThat(navigationLabels()).containsExactly("Dashboard", "Institutions", "Users");
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeSeesItsInstitutionOnly() {
        assertThat(navigationLabels()).containsExactly("Our institution");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherSeesTheirHomeOnly() {
        assertThat(navigationLabels()).containsExactly("My home");
    }

    @Test
    @WithAnonymousUser
    void visitorsSeeNoMembersPages() {
        assertThat(navigationLabels()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void aChosenLanguageIsRememberedForTheUser() {
        var switcher = find(LanguageSwitcher.class).single();
        test(switcher).selectItem("中文");
        assertThat(jdbc.queryForObject("select ui_language from user_account where email = ?", String.class,
                DemoAccounts.OFFICE_TSINGHUA)).isEqualTo("zh");
        assertThat(switcher.getUI().orElseThrow().getSession().getLocale()).isEqualTo(UiLanguage.ZH.locale());
    }
}
