package com.researchbridge.onboarding.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.PasswordChoice;
import com.researchbridge.security.InvitationAcceptance;
import com.researchbridge.security.InvitationRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The page an invitation link opens: the invited researcher chooses a password and the account becomes active. */
@Route(InvitationLinks.ROUTE)
@AccessExpectation({Who.ANONYMOUS, Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
@AnonymousAllowed
class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationAcceptance acceptance;
    private final AuthenticationContext authentication;
    private final PasswordChoice form;
    private String token;

    InvitationView(InvitationAcceptance acceptance, AuthenticationContext authentication) {
        this.acceptance = acceptance;
        this.authentication = authentication;
        addClassName("rb-page");
        setMaxWidth("40em");
        form = new PasswordChoice("invitation", getTranslation("invitation.accept.password"),
                getTranslation("invitation.accept.button"), this::accept);
        form.setWidthFull();
        add(new H2(getTranslation("invitation.accept.title")), form);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        if (authentication.isAuthenticated()) {
            form.end(getTranslation("invitation.signedIn"), false);
            return;
        }
        try {
            var details = acceptance.check(token);
            form.say(getTranslation("invitation.accept.text", details.fullName(), details.email()));
        } catch (InvitationRefused refused) {
            form.end(getTranslation(refused.reason().translationKey()), true);
        }
    }

    private void accept(String password) {
        try {
            acceptance.accept(token, password);
            form.end(getTranslation("invitation.accepted"), false);
            var login = new Button(getTranslation("invitation.login"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("login")));
            login.setId("invitation-login");
            login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(login);
        } catch (InvitationRefused refused) {
            if (refused.reason() == InvitationRefused.Reason.WEAK_PASSWORD) {
                form.refuse(getTranslation(refused.reason().translationKey()));
            } else {
                form.end(getTranslation(refused.reason().translationKey()), true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.accept.title") + " · " + getTranslation("app.name");
    }
}
