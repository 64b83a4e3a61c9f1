package com.researchbridge.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class VocabularyAdminViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noEditsLeft() {
        assertThat(jdbc.queryForObject("select count(*) from vocabulary_edit", Long.class)).isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminFindsConceptsInAnyLanguage() {
        navigateInLocale(UiLanguage.RU.locale(), VocabularyAdminView.class);
        assertThat(find(Paragraph.class).id("vocabulary-summary").getText()).startsWith("Используется понятий:");
        Grid<?> grid = find(Grid.class).id("vocabulary-grid");
        int all = test(grid).size();
        test(find(TextField.class).id("vocabulary-search")).setValue("冰川");
        int glaciers = test(grid).size();
        assertThat(glaciers).isPositive().isLessThan(all);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anInvalidNewConceptIsExplainedInTheAdminsLanguageAndNotStored() {
        navigateInLocale(UiLanguage.ZH.locale(), VocabularyAdminView.class);
        test(find(Button.class).id("vocabulary-add")).click();
        test(find(TextField.class).id("concept-id")).setValue("Not an id");
        test(find(Button.class).id("concept-save")).click();
        assertThat(find(TextField.class).id("concept-id").getErrorMessage()).contains("小写拉丁字母");
        assertThat(find(TextField.class).id("concept-en").isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeIsRefused() {
        assertRefused("admin/vocabulary");
    }
}
