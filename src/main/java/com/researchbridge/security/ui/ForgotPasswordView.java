package com.researchbridge.security.ui;

import com.researchbridge.base.OutgoingMail;
import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.security.PasswordResetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * "Forgot your password?": the visitor gives their e-mail address and is told the same thing whether or not an
 * account has it, so the page reveals nobody's account. What it says is true of the site's e-mail: sent, written
 * to the log (the demo), or impossible — then it sends the visitor to the people who can help instead.
 */
@Route("forgot-password")
@AccessExpectation(Who.ANONYMOUS)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    ForgotPasswordView(PasswordResetService resets, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("rb-page");
        setMaxWidth("36em");
        var delivery = resets.linkDelivery();
        if (delivery == OutgoingMail.Delivery.OFF) {
            var noMail = new Paragraph(getTranslation("passwordReset.mailOff"));
            noMail.setId("forgot-no-mail");
            add(new H2(getTranslation("passwordReset.title")), noMail,
                    new RouterLink(getTranslation("passwordReset.backToLogin"), LoginView.class));
            return;
        }
        var email = new EmailField(getTranslation("field.email"));
        email.setId("forgot-email");
        email.setWidthFull();
        email.setErrorMessage(getTranslation("validation.email"));
        var done = new Paragraph();
        done.setId("forgot-done");
        done.setVisible(false);
        var send = new Button(getTranslation("passwordReset.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.requestLink(email.getValue());
            done.setText(getTranslation(delivery == OutgoingMail.Delivery.LOGGED ? "passwordReset.logged"
                    : "passwordReset.sent", email.getValue().strip()));
            done.setVisible(true);
            send.setEnabled(false);
        });
        add(new H2(getTranslation("passwordReset.title")), new Paragraph(getTranslation("passwordReset.intro")), email, send,
                done, new RouterLink(getTranslation("passwordReset.backToLogin"), LoginView.class));
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
        return getTranslation("passwordReset.title") + " · " + getTranslation("app.name");
    }
}
