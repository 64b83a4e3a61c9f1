package com.researchbridge.security.ui;

import com.researchbridge.security.PasswordResetRefused;
import com.researchbridge.security.PasswordResetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
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
@AnonymousAllowed
class NewPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    private final PasswordResetService resets;
    private final Paragraph message = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final Button save = new Button();
    private String token;

    NewPasswordView(PasswordResetService resets, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.resets = resets;
        addClassName("rb-page");
        setMaxWidth("36em");
        message.setId("new-password-message");
        password.setId("new-password");
        password.setLabel(getTranslation("passwordReset.newPassword"));
        password.setHelperText(getTranslation("invitation.accept.passwordHelp"));
        password.setWidthFull();
        save.setText(getTranslation("passwordReset.save"));
        save.setId("new-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("passwordReset.newTitle")), message, password, save,
                new RouterLink(getTranslation("passwordReset.backToLogin"), LoginView.class));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        if (authentication.isAuthenticated()) {
            return; // beforeEnter sends signed-in users home
        }
        try {
            message.setText(getTranslation("passwordReset.for", resets.check(token)));
        } catch (PasswordResetRefused refused) {
            end(getTranslation(refused.reason().translationKey()), true);
        }
    }

    private void save() {
        try {
            resets.setPassword(token, password.getValue());
            end(getTranslation("passwordReset.done"), false);
        } catch (PasswordResetRefused refused) {
            if (refused.reason() == PasswordResetRefused.Reason.WEAK_PASSWORD) {
                password.setErrorMessage(getTranslation(refused.reason().translationKey()));
                password.setInvalid(true);
            } else {
                end(getTranslation(refused.reason().translationKey()), true);
            }
        }
    }

    private void end(String text, boolean error) {
        message.setText(text);
        message.setClassName("rb-error-text", error);
        password.setVisible(false);
        save.setVisible(false);
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
