package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class ProfileEditorViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private TextField textField(String label) {
        return findInView(TextField.class).withLabel(label).single();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aChineseResearcherAddsAnEnglishSummaryAndTheLanguageIsDetected() {
        navigateInLocale(java.util.Locale.ENGLISH, ProfileEditorView.class);
        test(findInView(TextArea.class).withLabel("English version of the summary (optional)").single())
                .setValue("Inverse problems for parabolic equations and permafrost heat conduction.");
        test(findInView(TextArea.class).withLabel("Research summary").single()).setValue("研究冻土热传导反问题。");
        assertThat(findInView(Select.class).withLabel("Language of the summary").single().getValue()).isEqualTo("zh");
        test(find(Button.class).id("profile-save")).click();
        assertThat(jdbc.queryForObject("""
                select p.summary_en from researcher_profile p join user_account a on a.id = p.account_id where a.email = ?""",
                String.class, DemoAccounts.RESEARCHER_CN)).startsWith("Inverse problems");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aWrongOrcidIsExplainedInTheUsersLanguageAndNothingIsSaved() {
        navigateInLocale(UiLanguage.RU.locale(), ProfileEditorView.class);
        String before = jdbc.queryForObject("""
                select p.position_title from researcher_profile p join user_account a on a.id = p.account_id where a.email = ?""",
                String.class, DemoAccounts.RESEARCHER_KZ);
        test(textField("Должность")).setValue("профессор кафедры");
        test(textField("ORCID iD")).setValue("0000-0002-1825-0098");
        test(find(Button.class).id("profile-save")).click();
        assertThat(textField("ORCID iD").isInvalid()).isTrue();
        assertThat(textField("ORCID iD").getErrorMessage()).contains("ORCID");
        assertThat(jdbc.queryForObject("""
                select p.position_title from researcher_profile p join user_account a on a.id = p.account_id where a.email = ?""",
                String.class, DemoAccounts.RESEARCHER_KZ)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminHasNoProfileToEdit() {
        assertRefused("researcher/profile");
    }
}
