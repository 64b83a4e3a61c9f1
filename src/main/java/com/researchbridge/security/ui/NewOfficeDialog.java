package com.researchbridge.security.ui;

import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.RegistrationRejected;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Map;

/** The administrator creates a research office account; its first password is shown once. */
class NewOfficeDialog extends Dialog {

    NewOfficeDialog(AccountService accounts, InstitutionService institutions, Runnable onCreated) {
        setHeaderTitle(getTranslation("office.new"));
        var name = new TextField(getTranslation("office.name"));
        name.setId("office-name");
        var email = new EmailField(getTranslation("field.email"));
        email.setId("office-email");
        var institution = new ComboBox<InstitutionSummary>(getTranslation("field.institution"));
        institution.setId("office-institution");
        var all = new ArrayList<InstitutionSummary>();
        for (Country country : Country.values()) {
            all.addAll(institutions.listByCountry(country));
        }
        institution.setItems(all);
        institution.setItemLabelGenerator(i -> i.displayName(getLocale()) + " — " + getTranslation(i.country().translationKey()));
        add(new FormLayout(name, email, institution));
        setWidth("40em");

        var create = new Button(getTranslation("office.create"), e -> {
            Map<RegistrationRejected.Field, HasValidation> fields = Map.of(RegistrationRejected.Field.FULL_NAME, name,
                    RegistrationRejected.Field.EMAIL, email, RegistrationRejected.Field.INSTITUTION, institution);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                String password = accounts.createResearchOffice(email.getValue(), name.getValue(),
                        institution.getValue() == null ? null : institution.getValue().id());
                removeAll();
                var shown = new Span(password);
                shown.setId("office-password");
                shown.addClassName("rb-password");
                add(new Paragraph(getTranslation("office.created", email.getValue())), shown,
                        new Paragraph(getTranslation("office.passwordOnce")));
                getFooter().removeAll();
                getFooter().add(new Button(getTranslation("action.close"), x -> close()));
                onCreated.run();
            } catch (RegistrationRejected rejected) {
                rejected.problems().forEach(p -> {
                    fields.get(p.field()).setErrorMessage(getTranslation(p.messageKey()));
                    fields.get(p.field()).setInvalid(true);
                });
            }
        });
        create.setId("office-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
