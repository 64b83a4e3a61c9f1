package com.researchbridge.onboarding.ui;

import com.researchbridge.onboarding.ImportResult;
import com.researchbridge.security.IssuedInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** What an import stored, with the new invitation links: shown once, since only their hashes are kept. */
class ImportResultPanel extends VerticalLayout {

    ImportResultPanel(ImportResult result, String linkBase) {
        setPadding(false);
        var done = new Paragraph(getTranslation("onboarding.done", result.invited().size(), result.skippedRows()));
        done.setId("onboarding-done");
        byte[] csv = InvitationLinks.csv(linkBase, result.invited());
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "researchbridge-invitations.csv", "text/csv", csv.length)),
                getTranslation("onboarding.links.download"));
        download.getElement().setAttribute("download", true);
        download.setId("onboarding-links-download");
        var toInvitations = new RouterLink(getTranslation("onboarding.toInvitations"), InvitationsView.class);

        var links = new Grid<IssuedInvitation>();
        links.setId("onboarding-links");
        links.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        links.addColumn(IssuedInvitation::email).setHeader(getTranslation("onboarding.column.email")).setFlexGrow(2);
        links.addColumn(IssuedInvitation::fullName).setHeader(getTranslation("onboarding.column.name")).setFlexGrow(2);
        links.addColumn(i -> linkBase + i.token()).setHeader(getTranslation("invitation.link.field")).setFlexGrow(4);
        links.addComponentColumn(i -> copyButton(linkBase + i.token())).setAutoWidth(true).setFlexGrow(0);
        links.setItems(result.invited());
        links.setAllRowsVisible(result.invited().size() <= 15);
        if (result.invited().size() > 15) {
            links.setHeight("26em");
        }
        add(done, new H3(getTranslation("onboarding.links")), new Paragraph(getTranslation("onboarding.linksOnce")),
                new HorizontalLayout(download, toInvitations), links);
    }

    private Button copyButton(String link) {
        var copy = new Button(VaadinIcon.COPY.create(), e -> e.getSource().getUI().ifPresent(ui -> {
            InvitationLinks.copy(ui, link);
            Notification.show(getTranslation("invitation.copied"));
        }));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel(getTranslation("invitation.copy"));
        copy.setTooltipText(getTranslation("invitation.copy"));
        return copy;
    }
}
