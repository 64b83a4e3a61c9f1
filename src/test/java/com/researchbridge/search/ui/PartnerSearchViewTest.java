package com.researchbridge.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.ui.LoginView;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class PartnerSearchViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    @SuppressWarnings("unchecked")
    void aSearchInEnglishListsMatchingResearchersWithACountAndLinksToTheirProfiles() {
        navigate(PartnerSearchView.class);
        test(find(TextField.class).id("search-text")).setValue("camel milk");
        Grid<ProfileSummary> grid = find(Grid.class).id("search-results");
        int rows = test(grid).size();
        assertThat(rows).isPositive();
        assertThat(find(Paragraph.class).id("search-count").getText()).isEqualTo("Researchers found: " + rows);
        assertThat(find(Tab.class).id("search-tab-researchers").getLabel()).isEqualTo("Researchers (" + rows + ")");
        var first = test(grid).getRow(0);
        assertThat(test(grid).getCellComponent(0, 0)).isInstanceOf(Anchor.class);
        assertThat(((Anchor) test(grid).getCellComponent(0, 0)).getHref()).isEqualTo("researchers/" + first.account().value());
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    @SuppressWarnings("unchecked")
    void aFilterNarrowsTheListAndTheCountFollows() {
        navigateInLocale(Locale.forLanguageTag("ru"), PartnerSearchView.class);
        Grid<ProfileSummary> grid = find(Grid.class).id("search-results");
        int everyone = test(grid).size();
        ComboBox<ResearchField> field = find(ComboBox.class).id("search-field");
        test(field).selectItem(field.getItemLabelGenerator().apply(ResearchField.MATHEMATICS));
        int mathematicians = test(grid).size();
        assertThat(mathematicians).isPositive().isLessThan(everyone);
        for (int i = 0; i < mathematicians; i++) {
            assertThat(test(grid).getRow(i).fields()).contains(ResearchField.MATHEMATICS);
        }
        assertThat(find(Paragraph.class).id("search-count").getText()).isEqualTo("Найдено исследователей: " + mathematicians);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    @SuppressWarnings("unchecked")
    void topicsHaveTheirOwnTabWithACount() {
        navigateInLocale(Locale.ENGLISH, PartnerSearchView.class);
        var topicsTab = find(Tab.class).id("search-tab-topics");
        find(Tabs.class).single().setSelectedTab(topicsTab);
        Grid<?> topics = find(Grid.class).id("search-topics");
        assertThat(topics.isVisible()).isTrue();
        assertThat(find(Paragraph.class).id("search-count").getText())
                .isEqualTo("Topics found: " + test(topics).size());
    }

    @Test
    @WithAnonymousUser
    void visitorsAreSentToLogIn() {
        navigate("search", LoginView.class);
    }
}
