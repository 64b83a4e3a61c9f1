package com.researchbridge.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.TranslationProvider;
import com.researchbridge.base.UiLanguage;
import com.vaadin.flow.component.UI;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
        assertThat(navigationLabels()).containsExactly("Dashboard", "Monitoring", "Institutions", "Users", "Matching", "Vocabulary", "Find partners",
                "Audit log", "Collaboration topics", "Joint projects");
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeSeesItsInstitutionOnly() {
        assertThat(navigationLabels()).containsExactly("Our institution", "Monitoring", "Import researchers", "Invitations", "Find partners",
                "Collaboration topics", "Joint projects");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherSeesResearcherPagesOnlyInTheLanguageTheyChose() {
        // This demo researcher writes in Kazakh and has Kazakh as the remembered UI language.
        var kazakh = TranslationProvider.bundle(UiLanguage.KK.locale());
        assertThat(navigationLabels()).containsExactly(kazakh.getString("nav.researcherHome"), kazakh.getString("nav.profile"),
                kazakh.getString("nav.publications"), kazakh.getString("nav.partners"), kazakh.getString("nav.search"),
                kazakh.getString("nav.topics"), kazakh.getString("nav.projects"));
    }

    @Test
    @WithAnonymousUser
    void visitorsSeeNoMembersPages() {
        assertThat(navigationLabels()).isEmpty();
    }

    @AfterEach
    void forgetTheLanguageChosenHere() {
        jdbc.update("update user_account set ui_language = null where email = ?", DemoAccounts.OFFICE_NU);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_NU)
    void aChosenLanguageIsRememberedForTheUser() {
        // Selecting in the header also reloads the page (covered by the browser journeys); browserless
        // tests cannot reload, so this calls what the selection does before the reload.
        find(LanguageSwitcher.class).single().remember(UiLanguage.ZH);
        assertThat(jdbc.queryForObject("select ui_language from user_account where email = ?", String.class,
                DemoAccounts.OFFICE_NU)).isEqualTo("zh");
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(UiLanguage.ZH.locale());
    }
}
