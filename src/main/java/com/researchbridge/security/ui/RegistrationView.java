package com.researchbridge.security.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.EmailAddress;
import com.researchbridge.security.PasswordPolicy;
import com.researchbridge.security.RegistrationRejected;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Self-registration for researchers of Kazakh and Chinese institutions. */
@Route("register")
@AccessExpectation(Who.ANONYMOUS)
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountService accounts;
    private final InstitutionService institutions;

    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final RadioButtonGroup<Country> country = new RadioButtonGroup<>();
    private final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    private final Binder<RegistrationForm> binder = new Binder<>(RegistrationForm.class);

    private final transient AuthenticationContext authenticationContext;

    RegistrationView(AccountService accounts, InstitutionService institutions, AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        this.institutions = institutions;
        addClassName("rb-page");
        configureFields();
        bindFields();

        var submit = new Button(getTranslation("registration.submit"), e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(fullName, email, password, country, institution);
        form.addClassName("rb-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("registration.title")), new Paragraph(getTranslation("registration.intro")), form, submit);
    }

    private void configureFields() {
        fullName.setLabel(getTranslation("field.fullName"));
        fullName.setHelperText(getTranslation("registration.fullName.help"));
        email.setLabel(getTranslation("field.email"));
        // the service's check (EmailAddress) decides and explains; the field's own, laxer pattern would only
        // mark the field without a message
        email.setManualValidation(true);
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH));
        country.setLabel(getTranslation("field.country"));
        country.setItems(Country.values());
        country.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        institution.setLabel(getTranslation("field.institution"));
        institution.setPlaceholder(getTranslation("registration.institution.pickCountry"));
        institution.setItemLabelGenerator(i -> i.displayName(getLocale()) + " — " + i.displayCity(getLocale()));
        institution.setEnabled(false);
        country.addValueChangeListener(e -> {
            institution.clear();
            institution.setEnabled(e.getValue() != null);
            institution.setPlaceholder(e.getValue() == null ? getTranslation("registration.institution.pickCountry") : "");
            institution.setItems(e.getValue() == null ? java.util.List.of() : institutions.listByCountry(e.getValue()));
        });
    }

    private void bindFields() {
        String required = getTranslation("validation.required");
        binder.forField(fullName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong"), 1, 200))
                .bind(RegistrationForm::getFullName, RegistrationForm::setFullName);
        // the address is checked in submit() with the service's own rule (EmailAddress), and the service checks it again
        binder.forField(email).asRequired(required)
                .bind(RegistrationForm::getEmail, RegistrationForm::setEmail);
        binder.forField(password).asRequired(required)
                .bind(RegistrationForm::getPassword, RegistrationForm::setPassword);
        binder.forField(country).asRequired(required).bind(RegistrationForm::getCountry, RegistrationForm::setCountry);
        binder.forField(institution).asRequired(required)
                .bind(RegistrationForm::getInstitution, RegistrationForm::setInstitution);
        binder.setBean(new RegistrationForm());
    }

    private void submit() {
        boolean complete = binder.validate().isOk();
        if (!email.isEmpty() && !EmailAddress.isWellFormed(email.getValue())) {
            email.setErrorMessage(getTranslation("validation.email"));
            email.setInvalid(true);
            return;
        }
        if (!complete) {
            return;
        }
        try {
            accounts.register(binder.getBean().toNewResearcher());
            getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", "1")));
        } catch (RegistrationRejected rejected) {
            Map<RegistrationRejected.Field, HasValidation> fields = Map.of(
                    RegistrationRejected.Field.FULL_NAME, fullName, RegistrationRejected.Field.EMAIL, email,
                    RegistrationRejected.Field.PASSWORD, password, RegistrationRejected.Field.COUNTRY, country,
                    RegistrationRejected.Field.INSTITUTION, institution);
            rejected.problems().forEach(problem -> {
                var field = fields.get(problem.field());
                field.setErrorMessage(problem.field() == RegistrationRejected.Field.PASSWORD
                        ? getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH)
                        : getTranslation(problem.messageKey()));
                field.setInvalid(true);
            });
        }
    }

    /** Signed-in users already have an account: send them to their home page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " · " + getTranslation("app.name");
    }
}
