package com.researchbridge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aResearcherIsRefused() {
        assertRefused("admin/users");
    }
}
