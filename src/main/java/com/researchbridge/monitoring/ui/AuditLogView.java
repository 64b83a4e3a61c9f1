package com.researchbridge.monitoring.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.monitoring.AuditAction;
import com.researchbridge.monitoring.AuditEntry;
import com.researchbridge.monitoring.AuditLog;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.notification.UndeliveredMail;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.PageRequest;

/** The audit log for administrators: who did what and when, newest first, by kind and text. */
@Route("admin/audit")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 6, title = "nav.audit", icon = "vaadin:records")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditLog log, InstitutionService institutions, UndeliveredMail undelivered) {
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

        // In the reader's zone: an Almaty and a Shanghai administrator must not both read the server's UTC.
        var zone = com.researchbridge.base.ui.ReaderZone.of(com.vaadin.flow.component.UI.getCurrent());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        var grid = new Grid<AuditEntry>();
        grid.setEmptyStateText(getTranslation("grid.nothingYet"));
        grid.setId("audit");
        grid.addColumn(e -> com.researchbridge.base.ui.LocalizedFormats.dateTime(e.at(), zone, getLocale())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.action().translationKey())).setHeader(getTranslation("audit.column.action"))
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.column.subject")).setFlexGrow(3)
                .setTooltipGenerator(AuditEntry::subject);
        grid.addColumn(e -> details(e, when, institutions)).setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(3).setTooltipGenerator(e -> details(e, when, institutions));
        grid.setItems(query -> log.search(action.getValue(), text.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(text, action);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.intro")), filters, grid,
                new UndeliveredMailSection(undelivered));
        setFlexGrow(1, grid);
    }

    /** The details of a line in the reader's language. */
    private String details(AuditEntry e, DateTimeFormatter when, InstitutionService institutions) {
        String d = e.details();
        if (d == null || d.isBlank()) {
            return "";
        }
        try {
            return switch (e.action().detailsKind()) {
                case EXPIRY -> getTranslation("audit.details.expires", when.format(Instant.parse(d)));
                case INSTITUTION -> institutions.find(new InstitutionId(Long.parseLong(d)))
                        .map(i -> i.displayName(getLocale())).orElse("");
                case PROJECT_STEP -> {
                    String[] parts = d.split(" ");
                    yield getTranslation("project.action." + parts[0]) + " → " + getTranslation("project.status." + parts[1]);
                }
                case VOCABULARY_CHANGE -> getTranslation("audit.details.vocabulary." + d);
                case NONE -> "";
            };
        } catch (RuntimeException unreadable) {
            return d; // a line written by an older version: shown as stored
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
