package com.researchbridge.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.monitoring.AuditAction;
import com.researchbridge.monitoring.AuditEntry;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class AuditLogViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    @SuppressWarnings("unchecked")
    void anAdministratorReadsTheLogByKindInKazakh() {
        navigateInLocale(UiLanguage.KK.locale(), AuditLogView.class);
        Grid<AuditEntry> grid = find(Grid.class).id("audit");
        assertThat(test(grid).size()).as("the demo data's own actions are in the log").isPositive();
        Select<AuditAction> action = find(Select.class).id("audit-action");
        action.setValue(AuditAction.PROJECT_STEP);
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < Math.min(5, test(grid).size()); i++) {
            assertThat(test(grid).getRow(i).action()).isEqualTo(AuditAction.PROJECT_STEP);
            assertThat(test(grid).getCellText(i, 2)).isEqualTo("Бірлескен жоба қадамы");
            assertThat(test(grid).getCellText(i, 4)).as("the step and status in Kazakh").matches("\\p{IsCyrillic}.* → \\p{IsCyrillic}.*");
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeIsRefused() {
        assertRefused("admin/audit");
    }
}
