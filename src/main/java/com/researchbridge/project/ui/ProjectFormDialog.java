package com.researchbridge.project.ui;

import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;

/** Rewrites a project's title and plan; stays open, with the problem shown, when the service refuses. */
class ProjectFormDialog extends Dialog {

    ProjectFormDialog(String title, String description, Consumer<ProjectForm> save) {
        var fields = new ProjectFormFields(title, description);
        setHeaderTitle(getTranslation("project.action.REVISE"));
        setWidth("44em");
        add(fields);
        var confirm = new Button(getTranslation("action.save"), e -> {
            try {
                save.accept(fields.value());
                close();
            } catch (ProjectRefused refused) {
                fields.show(refused);
            }
        });
        confirm.setId("project-form-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
