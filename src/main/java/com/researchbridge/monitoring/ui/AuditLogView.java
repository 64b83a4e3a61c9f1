package com.researchbridge.monitoring.ui;

import com.researchbridge.monitoring.AuditAction;
import com.researchbridge.monitoring.AuditEntry;
import com.researchbridge.monitoring.AuditLog;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.PageRequest;

/** The audit log for administrators: who did what and when, newest first, by kind and text. */
@Route("admin/audit")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 6, title = "nav.audit", icon = "vaadin:records")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditLog log) {
        addClassName("rb-page");
        setSizeFull();
        var text = new TextField();
        text.setId("audit-search");
        text.setPlaceholder(getTranslation("action.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        var action = new Select<AuditAction>();
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.column.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("filter.all"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("filter.all") : getTranslation(a.translationKey()));

        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<AuditEntry>();
        grid.setId("audit");
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.action().translationKey())).setHeader(getTranslation("audit.column.action"))
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.column.subject")).setFlexGrow(3)
                .setTooltipGenerator(AuditEntry::subject);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(3).setTooltipGenerator(e -> e.details() == null ? "" : e.details());
        grid.setItems(query -> log.search(action.getValue(), text.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(text, action);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.intro")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
