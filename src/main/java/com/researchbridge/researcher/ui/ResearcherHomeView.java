package com.researchbridge.researcher.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A researcher's home: who they are on the site and what their profile says. */
@Route("researcher")
@AccessExpectation(Who.RESEARCHER)
@RolesAllowed(AppRoles.RESEARCHER)
@Menu(order = 1, title = "nav.researcherHome", icon = "vaadin:home")
class ResearcherHomeView extends VerticalLayout implements HasDynamicTitle {

    ResearcherHomeView(ResearcherProfileService profiles, InstitutionService institutions,
                       java.util.List<com.researchbridge.base.ui.HomeNotice> notices) {
        addClassName("rb-page");
        var profile = profiles.myProfile().orElseThrow();
        add(new H2(getTranslation("researcherHome.welcome", profile.fullName())));
        // What partners see: one's own public profile page, one click away.
        var publicPage = new com.vaadin.flow.router.RouterLink(getTranslation("researcherHome.publicProfile"),
                ResearcherProfileView.class, profile.account().value());
        publicPage.setId("home-public-profile");
        add(publicPage);
        com.researchbridge.base.ui.HomeNotice.addAll(this, notices);
        var institution = institutions.find(profile.institution())
                .map(i -> i.displayNameAndCity(getLocale())).orElse("");
        var facts = new HorizontalLayout(
                fact("field.institution", institution),
                fact("field.country", getTranslation(profile.country().translationKey())),
                fact("field.position", orDash(com.researchbridge.researcher.Position.label(profile.positionTitle(), this::getTranslation))),
                fact("field.researchField", orDash(SummaryVersionsText.fields(this, profile))),
                fact("profile.spokenLanguages", orDash(SummaryVersionsText.languages(this, profile))));
        facts.addClassName("rb-cards");
        facts.setWidthFull();
        add(facts, summary(profile));
    }

    private Div summary(ProfileSummary profile) {
        var box = new Div(new H3(getTranslation("researcherHome.summary")));
        box.addClassName("rb-card");
        box.setWidthFull();
        if (profile.summaries().isEmpty()) {
            box.add(new Paragraph(getTranslation("researcherHome.summaryEmpty")));
        }
        box.add(new SummaryVersionsText(profile));
        if (!profile.keywords().isEmpty()) {
            box.add(new Paragraph(getTranslation("field.keywords") + ": " + com.researchbridge.base.ui.LocalizedFormats.list(profile.keywords(), getLocale())));
        }
        box.add(new Paragraph(getTranslation("researcherHome.updated",
                LocalizedFormats.date(profile.updatedAt(), getLocale()))));
        return box;
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("rb-stat-label");
        var card = new Div(label, new Div(value));
        card.addClassName("rb-card");
        return card;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.researcherHome") + " · " + getTranslation("app.name");
    }
}
