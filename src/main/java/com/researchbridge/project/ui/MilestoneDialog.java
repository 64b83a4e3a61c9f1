package com.researchbridge.project.ui;

import com.researchbridge.base.ui.LocalizedDatePicker;
import com.researchbridge.project.ProjectRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/** Plans a milestone: what and by when; stays open with the problem shown when the service refuses. */
class MilestoneDialog extends Dialog {

    MilestoneDialog(BiConsumer<String, LocalDate> plan) {
        setHeaderTitle(getTranslation("project.milestone.add"));
        setWidth("32em");
        var title = new TextField(getTranslation("project.milestone.title"));
        title.setId("project-milestone-title");
        title.setMaxLength(200);
        title.setWidthFull();
        DatePicker due = LocalizedDatePicker.create(getTranslation("project.milestone.due"), this, getLocale());
        due.setId("project-milestone-due");
        add(title, due);
        var save = new Button(getTranslation("action.save"), e -> {
            title.setInvalid(false);
            due.setInvalid(false);
            try {
                plan.accept(title.getValue(), due.getValue());
                close();
            } catch (ProjectRefused refused) {
                var field = refused.field() == ProjectRefused.Field.DATE ? due : title;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        save.setId("project-milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
