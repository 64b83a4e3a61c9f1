package com.researchbridge.matching.ui;

import com.researchbridge.base.StillPreparing;
import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.matching.PartnerSuggestion;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Partners from the other country that the matcher proposes for the signed-in researcher, with reasons. */
@Route("researcher/partners")
@AccessExpectation(Who.RESEARCHER)
@RolesAllowed(AppRoles.RESEARCHER)
@Menu(order = 4, title = "nav.partners", icon = "vaadin:connect")
class SuggestedPartnersView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 12;

    private final PartnerSuggestionService suggestions;
    private final InstitutionService institutions;
    private final KeyTopicReader keyTopics;
    private final Div cards = new Div();

    private final boolean proposable;

    SuggestedPartnersView(PartnerSuggestionService suggestions, InstitutionService institutions,
                          ResearcherProfileService profiles, KeyTopicReader keyTopics) {
        this.suggestions = suggestions;
        this.keyTopics = keyTopics;
        this.institutions = institutions;
        this.proposable = profiles.myProfile().map(ProfileSummary::proposable).orElse(false);
        addClassName("rb-page");
        cards.addClassName("rb-partner-list");
        cards.setWidthFull();
        add(new H2(getTranslation("partners.title")), new Paragraph(getTranslation("partners.intro")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<PartnerSuggestion> list;
        try {
            list = suggestions.suggestionsForMe(SHOWN, UiLanguage.of(getLocale()));
        } catch (StillPreparing notReady) {
            var notice = new Paragraph(getTranslation(notReady.reason() == StillPreparing.Reason.FAILED
                    ? "partners.unavailable" : "partners.preparing"));
            notice.setId("partners-not-ready");
            cards.add(notice);
            return;
        }
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation(proposable ? "partners.none" : "partners.hidden"));
            empty.setId("partners-none");
            cards.add(empty);
            return;
        }
        double best = list.stream().mapToDouble(PartnerSuggestion::score).max().orElse(0);
        for (PartnerSuggestion suggestion : list.stream().sorted(CardStrength.ORDER).toList()) {
            cards.add(new PartnerCard(suggestion, best, institutions, dismissed -> refresh(), suggestions, keyTopics));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.partners") + " · " + getTranslation("app.name");
    }
}
