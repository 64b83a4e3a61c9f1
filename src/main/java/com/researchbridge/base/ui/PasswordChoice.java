package com.researchbridge.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;

/**
 * The part of a page where someone reached by a link chooses a password (accepting an invitation, replacing a
 * forgotten password): a message, the password field with the policy as help, and the button. The page says
 * what the link is for, or why it cannot be used, and ends the form once it has done its work.
 */
public class PasswordChoice extends Composite<VerticalLayout> implements com.vaadin.flow.component.HasSize {

    private final Paragraph message = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final Button choose = new Button();

    /** The ids name the message, the field and the button (pages and tests find them by id). */
    public PasswordChoice(String idPrefix, String passwordLabel, String buttonLabel, Consumer<String> onChoose) {
        message.setId(idPrefix + "-message");
        password.setId(idPrefix + "-password");
        password.setLabel(passwordLabel);
        password.setHelperText(getTranslation("invitation.accept.passwordHelp"));
        password.setWidthFull();
        choose.setText(buttonLabel);
        choose.setId(idPrefix + "-button");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.addClickListener(e -> onChoose.accept(password.getValue()));
        getContent().setPadding(false);
        getContent().add(message, password, choose);
    }

    public void say(String text) {
        message.setText(text);
    }

    /** The chosen password was refused: the reason goes under the field, which keeps its value. */
    public void refuse(String reason) {
        password.setErrorMessage(reason);
        password.setInvalid(true);
    }

    /** The form's work is over (done, or the link cannot be used): only the message stays. */
    public void end(String text, boolean error) {
        message.setText(text);
        message.setClassName("rb-error-text", error);
        password.setVisible(false);
        choose.setVisible(false);
    }
}
