package com.researchbridge.project.ui;

import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Confirms one step of a project, says what it leads to, and takes the comment or reason the step asks for;
 * stays open with the problem shown when the service refuses.
 */
class ProjectStepDialog extends Dialog {

    ProjectStepDialog(ProjectAction action, Consumer<String> take) {
        setHeaderTitle(getTranslation(action.buttonKey()));
        setWidth("36em");
        add(new Paragraph(getTranslation("project.explain." + action.name())));
        var comment = new TextArea(getTranslation(action == ProjectAction.NOTE ? "project.note"
                : action.needsReason() ? "project.reason" : "project.comment"));
        comment.setId("project-step-comment");
        comment.setMaxLength(ProjectForm.MAX_COMMENT);
        comment.setRequiredIndicatorVisible(action.needsReason());
        comment.setWidthFull();
        comment.setVisible(action.takesComment());
        add(comment);
        var confirm = new Button(getTranslation(action.buttonKey()), e -> {
            try {
                take.accept(comment.getValue());
                close();
            } catch (ProjectRefused refused) {
                String message = getTranslation(refused.messageKey());
                if (refused.field() == ProjectRefused.Field.COMMENT) {
                    comment.setErrorMessage(message);
                    comment.setInvalid(true);
                } else {
                    close();
                    Notification.show(message, 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        confirm.setId("project-step-confirm");
        boolean ending = action == ProjectAction.REJECT || action == ProjectAction.CANCEL
                || action == ProjectAction.DECLINE || action == ProjectAction.WITHDRAW;
        confirm.addThemeVariants(ending ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
