package com.researchbridge.project.ui;

import com.researchbridge.base.ui.LocalizedDatePicker;
import com.researchbridge.project.OutputForm;
import com.researchbridge.project.OutputKind;
import com.researchbridge.project.ProjectRefused;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reports what a project produced: a joint paper, a grant, an exchange, a visit, an event, a patent, a dataset
 * or software; stays open with the problem shown on its field when the service refuses.
 */
class OutputDialog extends Dialog {

    OutputDialog(LocalDate today, Consumer<OutputForm> report) {
        setHeaderTitle(getTranslation("project.output.add"));
        setWidth("40em");
        var kind = new Select<OutputKind>();
        kind.setLabel(getTranslation("project.output.kind"));
        kind.setId("project-output-kind");
        kind.setItems(OutputKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        var title = new TextField(getTranslation("project.output.title"));
        title.setId("project-output-title");
        title.setMaxLength(OutputForm.MAX_TITLE);
        var date = LocalizedDatePicker.create(getTranslation("project.output.date"), this, getLocale());
        date.setId("project-output-date");
        date.setMax(today);
        var link = new TextField(getTranslation("project.output.link"));
        link.setId("project-output-link");
        link.setMaxLength(OutputForm.MAX_LINK);
        link.setHelperText(getTranslation("project.output.linkHelp"));
        var form = new FormLayout(kind, date, title, link);
        form.setColspan(title, 2);
        form.setColspan(link, 2);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> {
            kind.setInvalid(false);
            title.setInvalid(false);
            date.setInvalid(false);
            link.setInvalid(false);
            try {
                report.accept(new OutputForm(kind.getValue(), title.getValue(), date.getValue(), link.getValue()));
                close();
            } catch (ProjectRefused refused) {
                HasValidation field = switch (refused.field() == null ? ProjectRefused.Field.TITLE : refused.field()) {
                    case KIND -> kind;
                    case DATE -> date;
                    case LINK -> link;
                    default -> title;
                };
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        save.setId("project-output-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
