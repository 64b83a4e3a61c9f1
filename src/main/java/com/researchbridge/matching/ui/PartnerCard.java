package com.researchbridge.matching.ui;

import com.researchbridge.base.ui.Badge;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.matching.PartnerSuggestion;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.researcher.ProfileVisibility;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Consumer;

/** One suggested partner: who, where, how strong the match is, and why. */
class PartnerCard extends Div {

    private static final int EXCERPT = 280;

    PartnerCard(PartnerSuggestion suggestion, double bestScore, InstitutionService institutions,
                Consumer<PartnerSuggestion> onDismissed, PartnerSuggestionService service) {
        addClassNames("rb-card", "rb-partner-card");
        var partner = suggestion.partner();
        var institution = institutions.find(partner.institution())
                .map(i -> i.displayName(getLocale()) + ", " + i.displayCity(getLocale())).orElse("");
        var where = new Paragraph(institution + " · " + getTranslation(partner.country().translationKey())
                + (partner.field() == null ? "" : " · " + getTranslation(partner.field().translationKey())));
        where.addClassName("rb-muted");

        var strength = new ProgressBar(0, 1, bestScore <= 0 ? 0 : Math.min(1, suggestion.score() / bestScore));
        strength.setWidth("12em");
        strength.getElement().setAttribute("aria-label", getTranslation("partners.strength"));
        var strengthRow = new Div(new Span(getTranslation("partners.strength") + " "), strength);
        strengthRow.addClassName("rb-strength");

        var reasons = new Div(new Span(getTranslation("partners.reasons.concepts") + " "));
        reasons.addClassName("rb-reasons");
        suggestion.sharedConcepts().forEach(concept -> reasons.add(Badge.of(concept, "")));
        var languages = new Div(new Span(getTranslation("partners.reasons.languages") + " "));
        languages.addClassName("rb-reasons");
        suggestion.commonLanguages().forEach(code -> languages.add(Badge.of(
                UiLanguage.fromCode(code).map(UiLanguage::nativeName).orElse(code), "contrast")));

        var bridges = new Div(new Span(getTranslation("partners.reasons.bridges") + " "));
        bridges.addClassName("rb-reasons");
        bridges.addClassName("rb-bridges");
        suggestion.bridges().forEach(bridge -> bridges.add(Badge.of(bridge.mine() + " ≈ " + bridge.theirs() + " ("
                + getTranslation("partners.reasons.bridge." + bridge.source().name().toLowerCase(java.util.Locale.ROOT)) + ")", "")));

        var summary = new Paragraph(excerpt(partner.summary()));
        if (partner.summaryLanguage() != null) {
            summary.getElement().setAttribute("lang", partner.summaryLanguage());
        }

        var dismiss = new Button(getTranslation("partners.dismiss"), e -> new DismissDialog(partner, service,
                () -> onDismissed.accept(suggestion)).open());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("rb-dismiss");
        var title = new Div(new H3(partner.fullName()));
        title.addClassName("rb-partner-title");
        if (suggestion.proposed()) {
            title.add(Badge.of(getTranslation("partners.proposed"), "success"));
        }
        add(title, where, strengthRow);
        if (!suggestion.sharedConcepts().isEmpty()) {
            add(reasons);
        }
        if (!suggestion.bridges().isEmpty()) {
            add(bridges);
        }
        if (!suggestion.commonLanguages().isEmpty()) {
            add(languages);
        }
        var request = new Button(getTranslation("partners.request"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate("project/new/" + partner.account().value())));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClassName("rb-request");
        var actions = new Div(request, dismiss);
        actions.addClassName("rb-card-actions");
        if (partner.visibility() == ProfileVisibility.SIGNED_IN) {
            var open = new Button(getTranslation("researcherProfile.open.button"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("researchers/" + partner.account().value())));
            open.addClassName("rb-open-profile");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.addComponentAtIndex(1, open);
        }
        add(summary, actions);
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
    }
}
