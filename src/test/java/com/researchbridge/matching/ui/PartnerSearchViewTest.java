package com.researchbridge.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.security.ui.LoginView;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class PartnerSearchViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    @SuppressWarnings("unchecked")
    void aSearchInEnglishListsMatchingResearchersWithACount() {
        navigate(PartnerSearchView.class);
        test(find(TextField.class).id("search-text")).setValue("camel milk");
        Grid<ProfileSummary> grid = find(Grid.class).id("search-results");
        assertThat(test(grid).size()).isPositive();
        assertThat(find(Paragraph.class).id("search-count").getText()).startsWith("Researchers found:");
    }

    @Test
    @WithAnonymousUser
    void visitorsAreSentToLogIn() {
        navigate("search", LoginView.class);
    }
}
