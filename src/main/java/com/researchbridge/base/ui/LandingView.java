package com.researchbridge.base.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The public front page. Signed-in users are sent on to their role's home page. */
@Route("")
@AccessExpectation(Who.ANONYMOUS)
@AnonymousAllowed
class LandingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ADMIN_HOME = "admin";
    static final String OFFICE_HOME = "office";
    static final String RESEARCHER_HOME = "researcher";

    private final transient AuthenticationContext authenticationContext;

    LandingView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("rb-landing");
        setMaxWidth("1100px");
        var title = new H1(getTranslation("landing.title"));
        var lead = new Paragraph(getTranslation("landing.lead"));
        lead.addClassName("rb-lead");

        var register = new Button(getTranslation("landing.cta.register"), e -> getUI().ifPresent(ui -> ui.navigate("register")));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var login = new Button(getTranslation("landing.cta.login"), e -> getUI().ifPresent(ui -> ui.navigate("login")));
        login.addThemeVariants(ButtonVariant.LUMO_LARGE);

        var cards = new HorizontalLayout(
                card("landing.researchers.title", "landing.researchers.text"),
                card("landing.offices.title", "landing.offices.text"),
                card("landing.admins.title", "landing.admins.text"));
        cards.setWidthFull();
        cards.addClassName("rb-cards");
        add(title, lead, new HorizontalLayout(register, login), cards);
    }

    private Div card(String titleKey, String textKey) {
        var card = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("rb-card");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.hasRole("ADMIN")) {
            event.forwardTo(ADMIN_HOME);
        } else if (authenticationContext.hasRole("RESEARCH_OFFICE")) {
            event.forwardTo(OFFICE_HOME);
        } else if (authenticationContext.hasRole("RESEARCHER")) {
            event.forwardTo(RESEARCHER_HOME);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
