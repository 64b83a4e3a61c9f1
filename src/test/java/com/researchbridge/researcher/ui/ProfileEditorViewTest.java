package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.researchbridge.researcher.ResearchField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
    void aChineseResearcherAddsAnEnglishVersionALanguageAndAFieldAndTheLanguagesAreDetected() {
        navigateInLocale(java.util.Locale.ENGLISH, ProfileEditorView.class);
        test(findInView(TextArea.class).withLabel("Main version").single()).setValue("研究冻土热传导反问题。");
        test(find(Button.class).id("summary-add")).click();
        test(findInView(TextArea.class).withLabel("Version in another language").single())
                .setValue("Inverse problems for parabolic equations and permafrost heat conduction.");
        assertThat(findInView(Select.class).withLabel("Language").all()).extracting(Select::getValue)
                .containsExactly("zh", "en");
        test(find(Button.class).id("spoken-language-add")).click();
        @SuppressWarnings("unchecked")
        Select<String> newLanguage = (Select<String>) findInView(Select.class).withPropertyValue(Select::getValue, null).first();
        test(newLanguage).selectItem("Kazakh");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ResearchField> otherFields = findInView(MultiSelectComboBox.class).withLabel("Other fields (up to 3)").single();
        test(otherFields).selectItem("Engineering and technology › Environmental engineering");
        test(find(Button.class).id("profile-save")).click();
        assertThat(jdbc.queryForList("""
                select s.lang_code || ':' || s.body from researcher_summary s join researcher_profile p on p.id = s.profile_id
                join user_account a on a.id = p.account_id where a.email = ? order by s.list_index""",
                String.class, DemoAccounts.RESEARCHER_CN)).containsExactly("zh:研究冻土热传导反问题。",
                "en:Inverse problems for parabolic equations and permafrost heat conduction.");
        assertThat(jdbc.queryForList("""
                select l.lang_code from researcher_language l join researcher_profile p on p.id = l.profile_id
                join user_account a on a.id = p.account_id where a.email = ? order by l.list_index""",
                String.class, DemoAccounts.RESEARCHER_CN)).endsWith("kk");
        assertThat(jdbc.queryForList("""
                select f.field_code from researcher_field f join researcher_profile p on p.id = f.profile_id
                join user_account a on a.id = p.account_id where a.email = ? order by f.list_index""",
                String.class, DemoAccounts.RESEARCHER_CN)).endsWith("2.7");
    }

    private java.util.List<String> rowsOf(String table, String column, String email) {
        return jdbc.queryForList("select t." + column + " from " + table + " t join researcher_profile p on p.id = t.profile_id"
                + " join user_account a on a.id = p.account_id where a.email = ? order by t.list_index", String.class, email);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void savingAnotherChangeKeepsEveryLanguageAndSummaryVersionAsTheyWere() {
        var languages = rowsOf("researcher_language", "lang_code || ':' || t.proficiency", DemoAccounts.RESEARCHER_KZ);
        var summaries = rowsOf("researcher_summary", "lang_code || ':' || t.body", DemoAccounts.RESEARCHER_KZ);
        assertThat(languages).hasSizeGreaterThanOrEqualTo(2);
        navigateInLocale(java.util.Locale.ENGLISH, ProfileEditorView.class);
        find(PositionField.class).single().setValue("ASSOCIATE_PROFESSOR");
        test(find(Button.class).id("profile-save")).click();
        assertThat(rowsOf("researcher_language", "lang_code || ':' || t.proficiency", DemoAccounts.RESEARCHER_KZ))
                .isEqualTo(languages);
        assertThat(rowsOf("researcher_summary", "lang_code || ':' || t.body", DemoAccounts.RESEARCHER_KZ)).isEqualTo(summaries);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aWrongOrcidIsExplainedInTheUsersLanguageAndNothingIsSaved() {
        navigateInLocale(UiLanguage.RU.locale(), ProfileEditorView.class);
        String before = jdbc.queryForObject("""
                select p.position_title from researcher_profile p join user_account a on a.id = p.account_id where a.email = ?""",
                String.class, DemoAccounts.RESEARCHER_KZ);
        find(PositionField.class).single().setValue("профессор кафедры");
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
