package com.researchbridge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.security.AccountSummary;
import com.researchbridge.security.Role;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class UsersViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    @SuppressWarnings("unchecked")
    void anAdminListsAccountsByRole() {
        navigate(UsersView.class);
        Grid<AccountSummary> grid = find(Grid.class).id("users");
        test((Select<Role>) findInView(Select.class).single()).selectItem("Research office");
        long offices = jdbc.queryForObject("select count(*) from user_account where role = 'RESEARCH_OFFICE'", Long.class);
        assertThat(offices).isGreaterThanOrEqualTo(9);
        assertThat(test(grid).size()).isEqualTo((int) offices);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).role()).isEqualTo(Role.RESEARCH_OFFICE);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    @SuppressWarnings("unchecked")
    void anAdminAddsAResearchOfficeAndSeesItsFirstPasswordOnce() {
        navigate(UsersView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("office-new")).click();
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("office-name")).setValue("Ғылым бөлімі, ҚазҰАЗУ");
        test(find(com.vaadin.flow.component.textfield.EmailField.class).id("office-email")).setValue("no-at-sign");
        var institution = (com.vaadin.flow.component.combobox.ComboBox<com.researchbridge.institution.InstitutionSummary>)
                find(com.vaadin.flow.component.combobox.ComboBox.class).id("office-institution");
        institution.setValue(test(institution).getSuggestionItems().getFirst());
        test(find(com.vaadin.flow.component.button.Button.class).id("office-create")).click();
        assertThat(find(com.vaadin.flow.component.textfield.EmailField.class).id("office-email").isInvalid()).isTrue();

        test(find(com.vaadin.flow.component.textfield.EmailField.class).id("office-email")).setValue("science@kaznaru.kz");
        test(find(com.vaadin.flow.component.button.Button.class).id("office-create")).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("office-password").getText()).matches("[\\w]{5}(-[\\w]{5}){3}");
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.security.AccountService accounts;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminBlocksAnAccountThatThenCannotLogInAndUnblocksIt() {
        String email = "to.be.blocked@kaznu.kz";
        var id = com.researchbridge.testsupport.Anonymous.call(() -> accounts.register(new com.researchbridge.security.NewResearcher(
                "Блок Тексеру", email, "Saryarka-steppe-wind-2026", com.researchbridge.base.Country.KZ,
                new com.researchbridge.base.InstitutionId(jdbc.queryForObject("select id from institution where code = 'KZ-KAZNU'", Long.class))))).orElseThrow();
        useLocale(com.researchbridge.base.UiLanguage.RU.locale());
        navigate("login", com.vaadin.flow.component.Component.class);
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = find(Grid.class).id("users");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("users-search")).setValue("to.be.blocked");
        blockButton(grid, "users-block-" + id.value()).click();
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id.value())).isFalse();
        assertThat(users.loadUserByUsername(email).isEnabled()).as("the log-in refuses a blocked account").isFalse();

        blockButton(grid, "users-unblock-" + id.value()).click();
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();

        long me = jdbc.queryForObject("select id from user_account where email = ?", Long.class, DemoAccounts.ADMIN);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("users-search")).setValue(DemoAccounts.ADMIN);
        assertThat(test(grid).getCellComponent(0, "block")).as("no block button on one's own row")
                .isNotInstanceOf(com.vaadin.flow.component.button.Button.class);
        assertThatThrownBy(() -> accounts.setBlocked(new com.researchbridge.base.AccountId(me), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("users.refused.self");
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, me)).isTrue();
    }

    /** The block button of the first row the search left, checked by its id. */
    private com.vaadin.flow.component.button.ButtonTester<com.vaadin.flow.component.button.Button> blockButton(
            Grid<AccountSummary> grid, String expectedId) {
        var button = (com.vaadin.flow.component.button.Button) test(grid).getCellComponent(0, "block");
        assertThat(button.getId()).contains(expectedId);
        return test(button);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void onlyAdministratorsBlockAccounts() {
        long admin = jdbc.queryForObject("select id from user_account where email = ?", Long.class, DemoAccounts.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setBlocked(new com.researchbridge.base.AccountId(admin), true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aResearcherIsRefused() {
        assertRefused("admin/users");
    }
}
