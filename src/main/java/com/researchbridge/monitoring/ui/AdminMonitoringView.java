package com.researchbridge.monitoring.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.monitoring.DashboardService;
import com.researchbridge.monitoring.ExportTable;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The administrator's monitoring of joint output over time, with filters, charts, tables and downloads. */
@Route("admin/monitoring")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 1.5, title = "nav.monitoring", icon = "vaadin:chart")
class AdminMonitoringView extends VerticalLayout implements HasDynamicTitle {

    AdminMonitoringView(DashboardService dashboard, InstitutionService institutions) {
        addClassName("rb-page");
        add(new H2(getTranslation("monitoring.title")));
        var intro = new Paragraph(getTranslation("monitoring.intro.admin"));
        intro.addClassName("rb-muted");
        add(intro);
        add(new MonitoringPanel(dashboard::dashboard, () -> new MonitoringPanel.Extra() {
            @Override
            public List<Component> components(MonitoringPanel panel) {
                return List.of();
            }

            @Override
            public List<ExportTable> tables() {
                return List.of();
            }
        }, institutions, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.monitoring") + " · " + getTranslation("app.name");
    }
}
