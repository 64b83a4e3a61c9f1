package com.researchbridge.onboarding.ui;

import com.researchbridge.security.InvitationAcceptance;
import com.researchbridge.security.InvitationRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The page an invitation link opens: the invited researcher chooses a password and the account becomes active. */
@Route(InvitationLinks.ROUTE)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationAcceptance acceptance;
    private final AuthenticationContext authentication;
    private final Paragraph message = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final Button activate = new Button();
    private String token;

    InvitationView(InvitationAcceptance acceptance, AuthenticationContext authentication) {
        this.acceptance = acceptance;
        this.authentication = authentication;
        addClassName("rb-page");
        setMaxWidth("40em");
        message.setId("invitation-message");
        password.setId("invitation-password");
        password.setLabel(getTranslation("invitation.accept.password"));
        password.setHelperText(getTranslation("invitation.accept.passwordHelp"));
        password.setWidthFull();
        activate.setText(getTranslation("invitation.accept.button"));
        activate.setId("invitation-activate");
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(e -> accept());
        add(new H2(getTranslation("invitation.accept.title")), message, password, activate);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        if (authentication.isAuthenticated()) {
            end(getTranslation("invitation.signedIn"), false);
            return;
        }
        try {
            var details = acceptance.check(token);
            message.setText(getTranslation("invitation.accept.text", details.fullName(), details.email()));
        } catch (InvitationRefused refused) {
            end(getTranslation(refused.reason().translationKey()), true);
        }
    }

    private void accept() {
        try {
            acceptance.accept(token, password.getValue());
            end(getTranslation("invitation.accepted"), false);
            var login = new Button(getTranslation("invitation.login"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("login")));
            login.setId("invitation-login");
            login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(login);
        } catch (InvitationRefused refused) {
            if (refused.reason() == InvitationRefused.Reason.WEAK_PASSWORD) {
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
        activate.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.accept.title") + " · " + getTranslation("app.name");
    }
}
