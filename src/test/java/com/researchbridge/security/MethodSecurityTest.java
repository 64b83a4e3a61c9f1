package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.base.Country;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.monitoring.DashboardService;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Services refuse callers whose role may not use them, whatever the UI shows. */
@IntegrationTest
class MethodSecurityTest {

    @Autowired
    AccountService accounts;
    @Autowired
    DashboardService dashboard;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;

    private String aResearcher() {
        return jdbc.queryForObject("select min(email) from user_account where role = 'RESEARCHER' and country = 'KZ'", String.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminSeesAccountsAndDashboardFigures() {
        assertThat(accounts.search(null, "", Pageable.ofSize(5)).getTotalElements()).isGreaterThan(300);
        assertThat(dashboard.figures(Country.KZ).researchers()).isGreaterThanOrEqualTo(150);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeMayNotUseAdminServices() {
        assertThatThrownBy(() -> accounts.search(null, "", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.figures(Country.CN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> institutions.search(null, "", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeSeesOnlyItsOwnInstitutionsResearchers() {
        var kaznu = institutions.findByCode("KZ-KAZNU").orElseThrow().id();
        var page = profiles.researchersOfMyInstitution(Pageable.ofSize(500));
        assertThat(page.getContent()).isNotEmpty().allSatisfy(p -> assertThat(p.institution()).isEqualTo(kaznu));
        assertThat(page.getTotalElements()).isEqualTo(profiles.countResearchersOfMyInstitution());
    }

    @Test
    void aResearcherMayNotUseOfficeOrAdminServices() {
        runAs(aResearcher(), () -> {
            assertThatThrownBy(() -> profiles.researchersOfMyInstitution(Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboard.researchersByField()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.count(Role.ADMIN, null)).isInstanceOf(AccessDeniedException.class);
            assertThat(profiles.myProfile()).isPresent();
        });
    }

    @Test
    void aUserMayRememberALanguageOnlyForTheirOwnAccount() {
        String email = aResearcher();
        runAs(email, () -> {
            accounts.rememberLanguage(email, UiLanguage.ZH);
            assertThatThrownBy(() -> accounts.rememberLanguage(DemoAccounts.ADMIN, UiLanguage.ZH))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select ui_language from user_account where email = ?", String.class, email)).isEqualTo("zh");
    }

    @Test
    @WithAnonymousUser
    void visitorsMayOnlyReadTheInstitutionList() {
        assertThat(institutions.listByCountry(Country.CN)).hasSizeGreaterThanOrEqualTo(25);
        assertThatThrownBy(() -> dashboard.figures(Country.KZ)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    UserDetailsService users;

    private void runAs(String email, Runnable action) {
        RunAs.user(users, email, action);
    }
}
