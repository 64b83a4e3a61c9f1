package com.researchbridge.researcher.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.researcher.topic.TopicKind;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** Open collaboration topics of all researchers; researchers post their own. */
@Route("topics")
@AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
@Menu(order = 6, title = "nav.topics", icon = "vaadin:lightbulb")
class TopicsView extends VerticalLayout implements HasDynamicTitle {

    TopicsView(TopicService topics, TopicFormDialog.Factory dialogs, AuthenticationContext authentication) {
        addClassName("rb-page");
        setSizeFull();
        var text = new TextField();
        text.setPlaceholder(getTranslation("action.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        var kind = new Select<TopicKind>();
        kind.setLabel(getTranslation("topic.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.all"));
        kind.setItems(TopicKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation(k.translationKey()));

        var grid = new Grid<TopicSummary>();
        grid.setEmptyStateText(getTranslation("topics.nothingYet"));
        grid.setId("topics");
        grid.addColumn(TopicSummary::title).setHeader(getTranslation("topic.title")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.kind().translationKey())).setHeader(getTranslation("topic.kind")).setAutoWidth(true);
        grid.addColumn(TopicSummary::ownerName).setHeader(getTranslation("topic.owner")).setAutoWidth(true);
        grid.addColumn(t -> t.closesOn() == null ? "" : LocalizedFormats.date(t.closesOn(), getLocale()))
                .setHeader(getTranslation("topic.closesOn")).setAutoWidth(true);
        grid.addColumn(TopicSummary::interested).setHeader(getTranslation("topic.interested")).setAutoWidth(true);
        grid.setItems(q -> topics.browse(text.getValue(), kind.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TopicView.class, e.getItem().id())));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var toolbar = new HorizontalLayout(text, kind);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (authentication.hasRole(AppRoles.RESEARCHER)) {
            var post = new Button(getTranslation("topic.post"), e -> dialogs.create(() -> grid.getDataProvider().refreshAll()).open());
            post.setId("topic-post");
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(post);
        }
        add(new H2(getTranslation("nav.topics")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.topics") + " · " + getTranslation("app.name");
    }
}
