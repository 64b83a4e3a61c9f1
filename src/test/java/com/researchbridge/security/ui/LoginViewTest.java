package com.researchbridge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.TranslationProvider;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

class LoginViewTest extends ViewTest {

    @Test
    @WithAnonymousUser
    void aFailedLogInShowsAPlainMessageInTheUsersLanguage() {
        useLocale(UiLanguage.KK.locale());
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(find(LoginForm.class).single().isError()).isTrue();
        var kazakh = TranslationProvider.bundle(UiLanguage.KK.locale());
        assertThat(view.texts().getErrorMessage().getMessage()).isEqualTo(kazakh.getString("login.error.text"));
        assertThat(view.texts().getForm().getSubmit()).isEqualTo(kazakh.getString("action.login"));
    }
}
