package com.researchbridge.matching.ui;

import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.ui.Badge;
import com.researchbridge.base.ReadableName;
import com.researchbridge.base.ui.KeyTopicLine;
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

    PartnerCard(PartnerSuggestion suggestion, double bestScore, InstitutionService institutions,
                Consumer<PartnerSuggestion> onDismissed, PartnerSuggestionService service, KeyTopicReader keyTopics) {
        addClassNames("rb-card", "rb-partner-card");
        var partner = suggestion.partner();
        var institution = institutions.find(partner.institution())
                .map(i -> i.displayNameAndCity(getLocale())).orElse("");
        var where = new Paragraph(institution + " · " + getTranslation(partner.country().translationKey())
                + (partner.field() == null ? "" : " · " + getTranslation(partner.field().translationKey())));
        where.addClassName("rb-muted");

        var strength = new ProgressBar(0, 1, bestScore <= 0 ? 0 : Math.min(1, suggestion.score() / bestScore));
        strength.setWidth("12em");
        strength.getElement().setAttribute("aria-label", getTranslation("partners.strength"));
        var strengthLabel = CardStrength.of(suggestion);
        var label = Badge.of(getTranslation(strengthLabel.labelKey()), strengthLabel.badgeVariant());
        label.addClassName("rb-strength-label");
        var strengthRow = new Div(new Span(getTranslation("partners.strength") + " "), label, strength);
        strengthRow.addClassName("rb-strength");

        var reasons = new Div(new Span(getTranslation("partners.reasons.concepts") + " "));
        reasons.addClassName("rb-reasons");
        suggestion.sharedConcepts().forEach(concept -> reasons.add(Badge.of(concept, "")));
        var languages = new Div(new Span(getTranslation("partners.reasons.languages") + " "));
        languages.addClassName("rb-reasons");
        // Named in the reader's language ("қытай тілі", not "中文").
        suggestion.commonLanguages().forEach(code -> languages.add(Badge.of(
                getTranslation("spokenLanguage." + code), "contrast")));

        var reader = UiLanguage.of(getLocale());
        var excerpt = new CardExcerpt(partner, reader.code());
        var topics = new KeyTopicLine(keyTopics.keyTopics(partnerTexts(partner), reader, KeyTopicReader.SHOWN));
        topics.addClassName("rb-card-key-topics");

        var bridges = new Div(new Span(getTranslation("partners.reasons.bridges") + " "));
        bridges.addClassName("rb-reasons");
        bridges.addClassName("rb-bridges");
        suggestion.bridges().forEach(bridge -> bridges.add(Badge.of(bridge.mine() + " ≈ " + bridge.theirs() + " ("
                + getTranslation("partners.reasons.bridge." + bridge.source().name().toLowerCase(java.util.Locale.ROOT)) + ")", "")));

        var dismiss = new Button(getTranslation("partners.dismiss"), e -> new DismissDialog(partner, service,
                () -> onDismissed.accept(suggestion)).open());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("rb-dismiss");
        var title = new Div(new H3(partner.fullName()));
        title.addClassName("rb-partner-title");
        ReadableName.forReader(partner.fullName(), partner.fullNameLatin(), UiLanguage.of(getLocale())).ifPresent(readable -> {
            var transliterated = new Span(readable);
            transliterated.addClassNames("rb-muted", "rb-readable-name");
            title.add(transliterated);
        });
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
        if (strengthLabel.fieldOnly()) {
            var honest = new Paragraph(getTranslation("reading.fieldOnly"));
            honest.addClassNames("rb-muted", "rb-field-only");
            add(honest);
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
        add(topics, excerpt, actions);
    }

    private static java.util.List<KeyTopicReader.Source> partnerTexts(com.researchbridge.researcher.ProfileSummary partner) {
        var texts = new java.util.ArrayList<KeyTopicReader.Source>();
        boolean first = true;
        for (var version : partner.summaries()) {
            texts.add(new KeyTopicReader.Source(version.language(), version.text(), first ? partner.keywords() : java.util.List.of()));
            first = false;
        }
        if (partner.summaries().isEmpty()) {
            texts.add(new KeyTopicReader.Source(null, "", partner.keywords()));
        }
        return texts;
    }
}
