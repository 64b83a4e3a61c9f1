package com.researchbridge.search.ui;

import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.search.PartnerSearchService;
import com.researchbridge.search.SearchRequest;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One search box over researchers and collaboration topics, in any language, with filters: two lazy result
 * lists in relevance order (researchers, topics), each tab with its count; rows link to profile and topic pages.
 */
@Route("search")
@AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
@Menu(order = 5, title = "nav.search", icon = "vaadin:search")
class PartnerSearchView extends VerticalLayout implements HasDynamicTitle {

    private final PartnerSearchService search;
    private final SearchFilters filters;
    private final Tab researchersTab = new Tab();
    private final Tab topicsTab = new Tab();
    private final Tabs tabs = new Tabs(researchersTab, topicsTab);
    private final Paragraph count = new Paragraph();
    private final Grid<ProfileSummary> researchers = new Grid<>();
    private final Grid<TopicSummary> topics = new Grid<>();
    private SearchRequest request;
    private PartnerSearchService.Counts counts = new PartnerSearchService.Counts(0, 0);

    PartnerSearchView(PartnerSearchService search, InstitutionService institutions) {
        this.search = search;
        this.filters = new SearchFilters(institutions, this::refresh);
        addClassName("rb-page");
        setSizeFull();
        count.setId("search-count");
        count.getElement().setAttribute("aria-live", "polite");
        researchersTab.setId("search-tab-researchers");
        topicsTab.setId("search-tab-topics");

        researchers.setEmptyStateText(getTranslation("search.nothingFound"));

        researchers.setId("search-results");
        researchers.addComponentColumn(p -> link("researchers/" + p.account().value(),
                        p.fullName() + (p.fullNameLatin() == null ? "" : " (" + p.fullNameLatin() + ")")))
                .setHeader(getTranslation("field.fullName")).setAutoWidth(true).setFlexGrow(1);
        researchers.addColumn(p -> institutions.find(p.institution())
                        .map(i -> i.displayNameAndCity(getLocale())).orElse(""))
                .setHeader(getTranslation("field.institution")).setFlexGrow(2);
        researchers.addColumn(p -> getTranslation(p.country().translationKey())).setHeader(getTranslation("field.country")).setAutoWidth(true);
        researchers.addColumn(p -> p.field() == null ? "" : getTranslation(p.field().translationKey())).setHeader(getTranslation("field.researchField"));
        researchers.addColumn(p -> com.researchbridge.base.ui.LocalizedFormats.list(p.keywords(), getLocale())).setHeader(getTranslation("field.keywords")).setFlexGrow(2);
        researchers.setItems(query -> search.researchers(request, query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, counts.researchers()));

        topics.setEmptyStateText(getTranslation("search.nothingFound"));

        topics.setId("search-topics");
        topics.addComponentColumn(t -> link("topic/" + t.id(), t.title()))
                .setHeader(getTranslation("topic.title")).setFlexGrow(3);
        topics.addColumn(t -> getTranslation(t.kind().translationKey())).setHeader(getTranslation("topic.kind")).setAutoWidth(true);
        topics.addColumn(TopicSummary::ownerName).setHeader(getTranslation("topic.owner")).setAutoWidth(true);
        topics.addColumn(t -> t.field() == null ? "" : getTranslation(t.field().translationKey())).setHeader(getTranslation("field.researchField"));
        topics.addColumn(t -> t.closesOn() == null ? "" : LocalizedFormats.date(t.closesOn(), getLocale()))
                .setHeader(getTranslation("topic.closesOn")).setAutoWidth(true);
        topics.setItems(query -> search.topics(request, query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, counts.topics()));
        for (var grid : java.util.List.of(researchers, topics)) {
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        }
        topics.setVisible(false);
        tabs.addSelectedChangeListener(e -> showSelected());

        add(new H2(getTranslation("nav.search")), filters, tabs, count, researchers, topics);
        setFlexGrow(1, researchers, topics);
        refresh();
    }

    private static Anchor link(String href, String text) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /** Counts both lists for the tabs, then lets the grids fetch their first pages. */
    private void refresh() {
        request = filters.request();
        counts = search.count(request);
        researchersTab.setLabel(getTranslation("search.tab.researchers", LocalizedFormats.number(counts.researchers(), getLocale())));
        topicsTab.setLabel(getTranslation("search.tab.topics", LocalizedFormats.number(counts.topics(), getLocale())));
        researchers.getDataProvider().refreshAll();
        topics.getDataProvider().refreshAll();
        showSelected();
    }

    private void showSelected() {
        boolean showTopics = tabs.getSelectedTab() == topicsTab;
        researchers.setVisible(!showTopics);
        topics.setVisible(showTopics);
        count.setText(showTopics ? getTranslation("search.topicCount", LocalizedFormats.number(counts.topics(), getLocale()))
                : getTranslation("search.count", LocalizedFormats.number(counts.researchers(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search") + " · " + getTranslation("app.name");
    }
}
