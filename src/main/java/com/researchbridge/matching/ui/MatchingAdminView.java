package com.researchbridge.matching.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.matching.IndexStatus;
import com.researchbridge.matching.MatchingAdminService;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The administrator's matching controls: what the index holds, full rebuild with progress, proposal batch. */
@Route("admin/matching")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 4, title = "nav.matching", icon = "vaadin:connect-o")
class MatchingAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final MatchingAdminService matching;
    private final Paragraph status = new Paragraph();
    private final Paragraph failure = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Button rebuild = new Button();

    MatchingAdminView(MatchingAdminService matching) {
        this.matching = matching;
        addClassName("rb-page");
        status.setId("matching-status");
        failure.setId("matching-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        progress.setWidth("24em");
        rebuild.setText(getTranslation("matching.rebuild"));
        rebuild.setId("matching-rebuild");
        rebuild.addClickListener(e -> {
            matching.rebuild();
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
            show(new IndexStatus(0, null, 0, true, 0, null, null));
        });
        var propose = new Button(getTranslation("matching.propose"), e -> Notification.show(
                getTranslation("matching.proposed", matching.proposeCollaborations())));
        propose.setId("matching-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.matching")), new Paragraph(getTranslation("matching.intro")), status, failure,
                progress, new HorizontalLayout(rebuild, propose));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().addPollListener(e -> {
            var current = matching.status();
            show(current);
            if (!current.rebuilding()) {
                e.getSource().setPollInterval(-1);
            }
        });
        show(matching.status());
    }

    private void show(IndexStatus s) {
        progress.setVisible(s.rebuilding());
        progress.setValue(s.progress());
        rebuild.setEnabled(!s.rebuilding());
        rebuild.setText(getTranslation(s.failed() && !s.rebuilding() ? "matching.retry" : "matching.rebuild"));
        failure.setVisible(s.failed());
        if (s.failed()) {
            failure.setText(getTranslation(s.builtAt() == null ? "matching.failedNoIndex" : "matching.failed",
                    dateTime(s.failedAt()), s.failure()));
        }
        if (s.rebuilding()) {
            status.setText(getTranslation("matching.rebuilding", Math.round(s.progress() * 100)));
        } else if (s.builtAt() == null) {
            status.setText(getTranslation(s.failed() ? "matching.noIndex" : "matching.notBuilt"));
        } else {
            status.setText(getTranslation("matching.status", LocalizedFormats.number(s.profiles(), getLocale()),
                    dateTime(s.builtAt()), LocalizedFormats.number(s.buildMillis(), getLocale())));
        }
    }

    private String dateTime(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching") + " · " + getTranslation("app.name");
    }
}
