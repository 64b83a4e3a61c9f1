package com.researchbridge.project.ui;

import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectRefused;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The title and plan of a joint project, as a researcher writes them when proposing or revising it. */
class ProjectFormFields extends Composite<VerticalLayout> implements com.vaadin.flow.component.HasSize {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();

    ProjectFormFields(String initialTitle, String initialDescription) {
        title.setLabel(getTranslation("project.form.title"));
        title.setId("project-form-title");
        title.setMaxLength(ProjectForm.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValue(initialTitle == null ? "" : initialTitle);
        description.setLabel(getTranslation("project.form.description"));
        description.setId("project-form-description");
        description.setHelperText(getTranslation("project.form.descriptionHelp"));
        description.setMaxLength(ProjectForm.MAX_DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinHeight("12em");
        description.setValue(initialDescription == null ? "" : initialDescription);
        getContent().setPadding(false);
        getContent().add(title, description);
    }

    ProjectForm value() {
        return new ProjectForm(title.getValue(), description.getValue());
    }

    /** Shows a refusal on the field at fault, or as a notification when it concerns the request itself. */
    void show(ProjectRefused refused) {
        title.setInvalid(false);
        description.setInvalid(false);
        String message = getTranslation(refused.messageKey());
        if (refused.field() == ProjectRefused.Field.TITLE) {
            title.setErrorMessage(message);
            title.setInvalid(true);
        } else if (refused.field() == ProjectRefused.Field.DESCRIPTION) {
            description.setErrorMessage(message);
            description.setInvalid(true);
        } else {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
