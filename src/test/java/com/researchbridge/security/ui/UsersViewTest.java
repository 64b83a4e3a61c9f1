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

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    @SuppressWarnings("unchecked")
    void anAdminListsAccountsByRole() {
        navigate(UsersView.class);
        Grid<AccountSummary> grid = find(Grid.class).id("users");
        test((Select<Role>) findInView(Select.class).single()).selectItem("Research office");
        assertThat(test(grid).size()).isEqualTo(9);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).role()).isEqualTo(Role.RESEARCH_OFFICE);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aResearcherIsRefused() {
        assertRefused("admin/users");
    }
}
