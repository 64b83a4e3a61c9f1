package com.researchbridge.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class InstitutionsViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    @SuppressWarnings("unchecked")
    void anAdminSearchesInstitutionsInAnyScript() {
        navigate(InstitutionsView.class);
        Grid<InstitutionSummary> grid = find(Grid.class).id("institutions");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(50);

        test(findInView(TextField.class).single()).setValue("清华");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).code()).isEqualTo("CN-TSINGHUA");

        test(findInView(TextField.class).single()).setValue("");
        test((Select<Country>) findInView(Select.class).single()).selectItem("Kazakhstan");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(25);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).country()).isEqualTo(Country.KZ);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void aResearchOfficeIsRefused() {
        assertRefused("admin/institutions");
    }
}
