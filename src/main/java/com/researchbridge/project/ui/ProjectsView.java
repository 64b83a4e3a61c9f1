package com.researchbridge.project.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.project.ProjectScope;
import com.researchbridge.project.ProjectService;
import com.researchbridge.project.ProjectSummary;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Joint projects the user takes part in: a researcher's own, a research office's institution's, every project
 * for an administrator; those waiting for the user's step first.
 */
@Route("projects")
@AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
@Menu(order = 7, title = "nav.projects", icon = "vaadin:handshake")
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    ProjectsView(ProjectService projects, InstitutionService institutions, AuthenticationContext authentication) {
        this.projects = projects;
        addClassName("rb-page");
        setSizeFull();
        boolean admin = authentication.hasRole(AppRoles.ADMIN);
        String role = admin ? "admin" : authentication.hasRole(AppRoles.RESEARCH_OFFICE) ? "office" : "researcher";

        var scopes = new ArrayList<>(List.of(ProjectScope.values()));
        long waiting = 0;
        if (admin) {
            scopes.remove(ProjectScope.NEEDS_ACTION);
        } else {
            waiting = projects.countNeedingMyAction();
        }
        long waitingCount = waiting;
        var scope = new RadioButtonGroup<ProjectScope>(getTranslation("project.scope.label"));
        scope.setId("project-scope");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> s == ProjectScope.NEEDS_ACTION
                ? getTranslation(s.translationKey()) + " (" + waitingCount + ")" : getTranslation(s.translationKey()));

        var format = new ProjectFormat(this, getLocale(), institutions);
        grid.setEmptyStateText(getTranslation("projects.nothingYet"));
        grid.setId("projects");
        grid.addColumn(ProjectSummary::title).setHeader(getTranslation("project.column.title")).setFlexGrow(3)
                .setTooltipGenerator(ProjectSummary::title).setSortProperty("title");
        grid.addColumn(format::researchers).setHeader(getTranslation("project.column.researchers")).setFlexGrow(3)
                .setTooltipGenerator(format::researchers);
        grid.addComponentColumn(p -> format.statusBadge(p.status())).setHeader(getTranslation("project.column.status"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("status");
        grid.addColumn(format::reviews).setHeader(getTranslation("project.column.reviews")).setFlexGrow(2)
                .setTooltipGenerator(format::reviews);
        grid.addColumn(p -> LocalizedFormats.date(p.updatedAt(), getLocale()))
                .setHeader(getTranslation("project.column.updated")).setAutoWidth(true).setFlexGrow(0)
                .setSortProperty("updatedAt");
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ProjectView.class, e.getItem().id())));
        grid.setPartNameGenerator(p -> "rb-project-row");
        empty.setId("projects-empty");
        empty.addClassName("rb-muted");

        scope.addValueChangeListener(e -> show(e.getValue(), role));
        var tools = new Div(scope);
        tools.addClassName("rb-section-heading");
        if (!"researcher".equals(role)) {
            var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] csv = projects.exportCsv(scope.getValue() == null ? ProjectScope.ALL : scope.getValue())
                        .getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(csv), "researchbridge-projects.csv", "text/csv", csv.length);
            }), getTranslation("project.download"));
            download.setId("projects-download");
            download.getElement().setAttribute("download", true);
            tools.add(download);
        }
        add(new H2(getTranslation("nav.projects")), new Paragraph(getTranslation("project.intro." + role)), tools, empty, grid);
        setFlexGrow(1, grid);
        scope.setValue(waiting > 0 ? ProjectScope.NEEDS_ACTION : admin ? ProjectScope.ALL : ProjectScope.LIVE);
    }

    /** Pages are fetched, sorted and counted by the service's database queries as the user scrolls. */
    private void show(ProjectScope scope, String role) {
        long total = projects.count(scope);
        grid.setItems(query -> projects.list(scope, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, projects.count(scope)));
        grid.setVisible(total > 0);
        empty.setVisible(total == 0);
        empty.setText(getTranslation("project.none." + role));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects") + " · " + getTranslation("app.name");
    }
}
