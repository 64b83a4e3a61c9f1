package com.researchbridge.researcher.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.ui.KeyTopicLine;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.topic.TopicPartnerFinder;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.security.AppRoles;
import com.researchbridge.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** One topic: what is sought, who is interested, and researchers from the other country who fit it. */
@Route("topic")
@AccessExpectation(value = {Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN}, objects = AccessExpectation.Whose.TOPIC_OF_VISIBLE_AUTHOR)
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
class TopicView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int PARTNERS = 8;

    private final TopicService topics;
    private final TopicPartnerFinder partners;
    private final ResearcherProfileService profiles;
    private final InstitutionService institutions;
    private final transient AuthenticationContext authentication;
    private final CurrentUser currentUser;
    private final KeyTopicReader keyTopics;
    private String title = "";

    TopicView(TopicService topics, TopicPartnerFinder partners, ResearcherProfileService profiles,
              InstitutionService institutions, AuthenticationContext authentication, CurrentUser currentUser,
              KeyTopicReader keyTopics) {
        this.currentUser = currentUser;
        this.keyTopics = keyTopics;
        this.topics = topics;
        this.partners = partners;
        this.profiles = profiles;
        this.institutions = institutions;
        this.authentication = authentication;
        addClassName("rb-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var topic = topics.find(id).orElseThrow(NotFoundException::new);
        title = topic.title();
        removeAll();
        var description = new Paragraph(topic.description());
        description.getElement().setAttribute("lang", topic.descriptionLanguage());
        var author = new com.vaadin.flow.router.RouterLink(topic.ownerName(), ResearcherProfileView.class, topic.owner().value());
        author.setId("topic-author");
        var facts = new Paragraph(new Span(getTranslation(topic.kind().translationKey()) + " · "), author);
        if (topic.closesOn() != null) {
            facts.add(new Span(" · " + getTranslation("topic.closesOn") + " " + LocalizedFormats.date(topic.closesOn(), getLocale())));
        }
        facts.addClassName("rb-muted");
        var interested = new Paragraph(getTranslation("topic.interestedCount", topic.interested()));
        interested.setId("topic-interested");
        var topicLine = KeyTopicLine.of(keyTopics, ReadableTexts.of(topic), getLocale());
        topicLine.setId("topic-key-topics");
        add(new H2(topic.title()), facts, topicLine, description);
        if (!topic.keywords().isEmpty()) {
            var keywords = new GlossedKeywords(topic.keywords(), topic.descriptionLanguage(), keyTopics, UiLanguage.of(getLocale()));
            keywords.setId("topic-keywords");
            add(keywords);
        }
        add(interested);
        boolean mine = currentUser.get().map(a -> a.id().equals(topic.owner())).orElse(false);
        if (authentication.hasRole(AppRoles.RESEARCHER) && !mine && !topic.interestedByMe()) {
            var button = new Button(getTranslation("topic.interest"), e -> {
                topics.expressInterest(id);
                e.getSource().setEnabled(false);
                interested.setText(getTranslation("topic.interestedCount", topics.find(id).orElseThrow().interested()));
            });
            button.setId("topic-interest");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(button);
        }
        var me = currentUser.get().orElse(null);
        // The topic was found, so its author's profile is visible to me (a topic shows only with its profile).
        var owner = profiles.visibleProfile(topic.owner()).orElse(null);
        if (me != null && !mine && authentication.hasRole(AppRoles.RESEARCHER) && owner != null
                && owner.openToCollaboration() && me.country() != null && me.country() != owner.country()) {
            var propose = new Button(getTranslation("topic.propose"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("project/new/" + topic.owner().value())));
            propose.setId("topic-propose");
            add(propose);
        }
        add(new H3(getTranslation("topic.partners")), partnerList(topic, owner));
    }

    /** Fitting researchers whose profile the reader may see; the others are left out, not shown without a name. */
    private Div partnerList(TopicSummary topic, com.researchbridge.researcher.ProfileSummary owner) {
        var list = new Div();
        list.addClassName("rb-partner-list");
        String country = owner == null ? "" : owner.country().name();
        java.util.List<TopicPartnerFinder.Fit> fits;
        try {
            fits = partners.partnersFor(topic, country, UiLanguage.of(getLocale()).code(), PARTNERS);
        } catch (com.researchbridge.base.StillPreparing notReady) {
            list.add(new Paragraph(getTranslation(notReady.messageKey())));
            return list;
        }
        var byAccount = profiles.visibleProfiles(fits.stream().map(TopicPartnerFinder.Fit::researcher).toList());
        for (var fit : fits) {
            var p = byAccount.get(fit.researcher());
            if (p == null) {
                continue;
            }
            var card = new Div(new H3(p.fullName()), new Paragraph(institutions.find(p.institution())
                    .map(i -> i.displayName(getLocale())).orElse("") + " · " + getTranslation(p.country().translationKey())));
            card.addClassNames("rb-card", "rb-partner-card");
            var reasons = new Div(new Span(getTranslation("partners.reasons.concepts") + " "));
            reasons.addClassName("rb-reasons");
            fit.sharedConcepts().forEach(c -> {
                var badge = new Span(c);
                badge.getElement().getThemeList().add("badge");
                reasons.add(badge);
            });
            card.add(reasons, partnerActions(p));
            list.add(card);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("topic.noPartners")));
        }
        return list;
    }

    /** Open the partner's profile (every card is one the reader may see); propose a project (researchers of the other country). */
    private Div partnerActions(com.researchbridge.researcher.ProfileSummary partner) {
        var actions = new Div();
        actions.addClassName("rb-card-actions");
        var me = currentUser.get().orElse(null);
        if (me != null && authentication.hasRole(AppRoles.RESEARCHER) && partner.openToCollaboration()
                && me.country() != null && me.country() != partner.country()) {
            var propose = new Button(getTranslation("partners.request"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate("project/new/" + partner.account().value())));
            propose.addClassName("rb-request");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(propose);
        }
        var open = new com.vaadin.flow.router.RouterLink(getTranslation("researcherProfile.open.button"),
                ResearcherProfileView.class, partner.account().value());
        open.addClassName("rb-open-profile");
        actions.add(open);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
