package com.researchbridge.researcher.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.ui.KeyTopicLine;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ProfilePage;
import com.researchbridge.researcher.ProfilePageService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.Locale;

/**
 * A researcher's profile page: who, where, what they work on, publications and open topics. What may be shown
 * is decided by {@link ProfilePageService}; a profile the reader may not see looks like one that does not exist.
 * Everything the researcher wrote is set as text, never as HTML.
 */
@Route("researchers")
@AccessExpectation(value = {Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN}, objects = AccessExpectation.Whose.VISIBLE_PROFILE)
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
class ResearcherProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProfilePageService pages;
    private final InstitutionService institutions;
    private final com.researchbridge.security.CurrentUser currentUser;
    private final KeyTopicReader keyTopics;
    private String title = "";

    ResearcherProfileView(ProfilePageService pages, InstitutionService institutions,
                          com.researchbridge.security.CurrentUser currentUser, KeyTopicReader keyTopics) {
        this.pages = pages;
        this.keyTopics = keyTopics;
        this.currentUser = currentUser;
        this.institutions = institutions;
        addClassName("rb-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long accountId) {
        removeAll();
        var page = accountId == null ? java.util.Optional.<ProfilePage>empty() : pages.open(new AccountId(accountId));
        if (page.isEmpty()) {
            title = getTranslation("researcherProfile.notVisible.title");
            var message = new Paragraph(getTranslation("researcherProfile.notVisible"));
            message.setId("profile-not-visible");
            add(new H2(title), message);
            return;
        }
        show(page.get());
    }

    private void show(ProfilePage page) {
        var p = page.profile();
        title = p.fullName();
        var name = new H2(p.fullName());
        name.setId("profile-name");
        add(name);
        // The name in a script the reader can read: the researcher's own Latin form first, else transliterated.
        var readable = com.researchbridge.base.ReadableName.forReader(p.fullName(), p.fullNameLatin(),
                com.researchbridge.base.UiLanguage.of(getLocale()));
        if (readable.isEmpty() && p.fullNameLatin() != null && !p.fullNameLatin().equals(p.fullName())) {
            readable = java.util.Optional.of(p.fullNameLatin());
        }
        readable.ifPresent(text -> {
            var latin = new Paragraph(text);
            latin.setId("profile-readable-name");
            latin.addClassName("rb-muted");
            add(latin);
        });
        var where = institutions.find(p.institution())
                .map(i -> i.displayNameAndCity(getLocale())).orElse("");
        var facts = new Paragraph(String.join(" · ", java.util.stream.Stream.of(
                com.researchbridge.researcher.Position.label(p.positionTitle(), this::getTranslation), where,
                getTranslation(p.country().translationKey()), SummaryVersionsText.fields(this, p))
                .filter(s -> s != null && !s.isBlank()).toList()));
        facts.setId("profile-facts");
        add(facts);
        if (p.openToCollaboration()) {
            var open = new Span(getTranslation("researcherProfile.open"));
            open.getElement().getThemeList().add("badge success");
            add(open);
            proposeButton(p);
        }
        if (!p.spokenLanguages().isEmpty()) {
            var languages = new Paragraph(getTranslation("researcherProfile.languages") + ": " + SummaryVersionsText.languages(this, p));
            languages.setId("profile-languages");
            add(languages);
        }
        var reader = UiLanguage.of(getLocale());
        var topics = KeyTopicLine.of(keyTopics, ReadableTexts.of(p, page.publications()), getLocale());
        topics.setId("profile-key-topics");
        add(topics);
        if (!p.summaries().isEmpty()) {
            add(new H3(getTranslation("researcherProfile.summary")), new SummaryVersionsText(p, reader.code()));
        }
        if (!p.keywords().isEmpty()) {
            var keywords = new GlossedKeywords(p.keywords(), p.summaryLanguage(), keyTopics, reader);
            keywords.setId("profile-keywords");
            add(new H3(getTranslation("field.keywords")), keywords);
        }
        links(p);
        publications(page);
        topics(page);
    }

    private void links(ProfileSummary p) {
        var links = new Div();
        links.addClassName("rb-profile-links");
        if (p.orcid() != null) {
            String orcidAddress = "https://orcid.org/" + p.orcid();
            var orcid = new Anchor(orcidAddress, "ORCID " + p.orcid(), AnchorTarget.BLANK);
            orcid.setId("profile-orcid");
            orcid.getElement().setAttribute("rel", "noopener noreferrer");
            links.add(orcid);
        }
        String homepage = safeWebAddress(p.homepage());
        if (homepage != null) {
            var link = new Anchor(homepage, homepage, AnchorTarget.BLANK);
            link.setId("profile-homepage");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            links.add(new Span(getTranslation("researcherProfile.homepage") + " "), link);
        }
        if (links.getChildren().findAny().isPresent()) {
            add(links);
        }
    }

    /** An http(s) address with a host, or null: other schemes (javascript:, data:) are never made links. */
    static String safeWebAddress(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private void publications(ProfilePage page) {
        if (page.publications().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("profile-publications");
        for (PublicationData d : page.publications()) {
            var item = new ListItem(new Span(d.title()));
            String details = String.join(", ", java.util.stream.Stream.of(d.venue(), d.year() == null ? null : d.year().toString())
                    .filter(s -> s != null && !s.isBlank()).toList());
            if (!details.isEmpty()) {
                var muted = new Span(" — " + details);
                muted.addClassName("rb-muted");
                item.add(muted);
            }
            list.add(item);
        }
        add(new H3(getTranslation("researcherProfile.publications", page.publications().size())), list);
    }

    private void topics(ProfilePage page) {
        if (page.openTopics().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("profile-topics");
        page.openTopics().forEach(t -> list.add(new ListItem(new com.vaadin.flow.router.RouterLink(t.title(), TopicView.class, t.id()))));
        add(new H3(getTranslation("researcherProfile.topics")), list);
    }

    /** A researcher of the other country may propose a joint project to a researcher open to collaboration. */
    private void proposeButton(com.researchbridge.researcher.ProfileSummary p) {
        var me = currentUser.get().orElse(null);
        if (me == null || me.role() != com.researchbridge.security.Role.RESEARCHER || me.country() == null
                || me.country() == p.country() || me.id().equals(p.account())) {
            return;
        }
        var propose = new com.vaadin.flow.component.button.Button(getTranslation("partners.request"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("project/new/" + p.account().value())));
        propose.setId("profile-propose");
        propose.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        add(propose);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
