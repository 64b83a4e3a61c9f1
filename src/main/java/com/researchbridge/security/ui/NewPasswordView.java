package com.researchbridge.security.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.PasswordChoice;
import com.researchbridge.security.PasswordResetRefused;
import com.researchbridge.security.PasswordResetService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The page a new-password link opens: the account holder chooses a new password. */
@Route("password-reset")
@AccessExpectation(Who.ANONYMOUS)
@AnonymousAllowed
class NewPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final PasswordResetService resets;
    private final PasswordChoice form;
    private String token;

    NewPasswordView(PasswordResetService resets, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.resets = resets;
        addClassName("rb-page");
        setMaxWidth("36em");
        form = new PasswordChoice("new-password", getTranslation("passwordReset.newPassword"),
                getTranslation("passwordReset.save"), this::save);
        form.setWidthFull();
        add(new H2(getTranslation("passwordReset.newTitle")), form,
                new RouterLink(getTranslation("passwordReset.backToLogin"), LoginView.class));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        if (authentication.isAuthenticated()) {
            return; // beforeEnter sends signed-in users home
        }
        try {
            form.say(getTranslation("passwordReset.for", resets.check(token)));
        } catch (PasswordResetRefused refused) {
            form.end(getTranslation(refused.reason().translationKey()), true);
        }
    }

    private void save(String password) {
        try {
            resets.setPassword(token, password);
            form.end(getTranslation("passwordReset.done"), false);
        } catch (PasswordResetRefused refused) {
            if (refused.reason() == PasswordResetRefused.Reason.WEAK_PASSWORD) {
                form.refuse(getTranslation(refused.reason().translationKey()));
            } else {
                form.end(getTranslation(refused.reason().translationKey()), true);
            }
        }
    }

    /** Signed-in users change nothing here: they are sent to their home page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passwordReset.newTitle") + " · " + getTranslation("app.name");
    }
}
