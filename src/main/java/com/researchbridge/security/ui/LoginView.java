package com.researchbridge.security.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Log-in with e-mail and password. A failed attempt says only that the pair was wrong. */
@Route("login")
@AccessExpectation({Who.ANONYMOUS, Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n texts;

    LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.START);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        texts = i18n();
        login.setI18n(texts);
        var noAccount = new Paragraph(getTranslation("login.noAccount") + " ");
        noAccount.add(new RouterLink(getTranslation("action.register"), RegistrationView.class));
        var forgot = new RouterLink(getTranslation("passwordReset.link"), ForgotPasswordView.class);
        forgot.setId("login-forgot");
        add(login, noAccount, new Paragraph(forgot));
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("field.email"));
        form.setPassword(getTranslation("field.password"));
        form.setSubmit(getTranslation("action.login"));
        form.setForgotPassword("");
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    LoginI18n texts() {
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey("registered")) {
            add(new Paragraph(getTranslation("registration.done")));
        }
        if (parameters.containsKey("expired")) {
            var expired = new Paragraph(getTranslation("login.expired"));
            expired.setId("login-expired");
            add(expired);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
