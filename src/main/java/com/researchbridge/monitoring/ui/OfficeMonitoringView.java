package com.researchbridge.monitoring.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.monitoring.DashboardService;
import com.researchbridge.monitoring.DashboardTables;
import com.researchbridge.monitoring.ExportTable;
import com.researchbridge.monitoring.OfficeDashboard;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A research office's monitoring of its own institution: what waits for its decision and for how long, which of its
 * researchers' profiles lack something, and the dashboard's charts restricted to projects with its researchers.
 */
@Route("office/monitoring")
@AccessExpectation(Who.RESEARCH_OFFICE)
@RolesAllowed(AppRoles.RESEARCH_OFFICE)
@Menu(order = 1.5, title = "nav.monitoring", icon = "vaadin:chart")
class OfficeMonitoringView extends VerticalLayout implements HasDynamicTitle {

    private OfficeDashboard last;

    OfficeMonitoringView(DashboardService dashboard, InstitutionService institutions) {
        addClassName("rb-page");
        add(new H2(getTranslation("monitoring.title.office")));
        var intro = new Paragraph(getTranslation("monitoring.intro.office"));
        intro.addClassName("rb-muted");
        add(intro);
        var tables = new DashboardTables(this::getTranslation,
                id -> institutions.find(id).map(i -> i.displayName(getLocale())).orElse("#" + id.value()));
        add(new MonitoringPanel(filter -> {
            last = dashboard.officeDashboard(filter);
            return last.dashboard();
        }, () -> new MonitoringPanel.Extra() {
            @Override
            public List<Component> components(MonitoringPanel panel) {
                var c = last.completeness();
                var cards = new HorizontalLayout(stat(c.researchers(), "monitoring.profiles.researchers"),
                        stat(c.withoutSummary(), "monitoring.profiles.withoutSummary"),
                        stat(c.withoutEnglish(), "monitoring.profiles.withoutEnglish"),
                        stat(c.withoutPublications(), "monitoring.profiles.withoutPublications"),
                        stat(c.withoutField(), "monitoring.profiles.withoutField"));
                cards.addClassName("rb-cards");
                cards.setId("monitoring-completeness");
                cards.setWrap(true);
                var profiles = panel.section(tables.profiles(last), null);
                profiles.addComponentAtIndex(1, cards);
                return List.of(panel.section(tables.pending(last), null), profiles);
            }

            @Override
            public List<ExportTable> tables() {
                return List.of(tables.pending(last), tables.profiles(last));
            }
        }, institutions, false));
    }

    private Div stat(long value, String labelKey) {
        return StatCard.of(value, getTranslation(labelKey), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.monitoring") + " · " + getTranslation("app.name");
    }
}
