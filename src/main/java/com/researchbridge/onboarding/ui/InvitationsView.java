package com.researchbridge.onboarding.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.security.AppRoles;
import com.researchbridge.security.InvitationService;
import com.researchbridge.security.InvitationStatus;
import com.researchbridge.security.InvitationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** The invitations of the office's institution, newest first, with a new link for those not yet accepted. */
@Route("office/invitations")
@AccessExpectation(Who.RESEARCH_OFFICE)
@RolesAllowed(AppRoles.RESEARCH_OFFICE)
@Menu(order = 3, title = "invitation.nav", icon = "vaadin:envelope-o")
class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    private final String linkBase = InvitationLinks.base();
    private final Grid<InvitationSummary> grid = new Grid<>();

    InvitationsView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("rb-page");
        setSizeFull();
        var count = new Paragraph(getTranslation("invitation.count",
                LocalizedFormats.number(invitations.countInvitationsOfMyInstitution(), getLocale())));
        count.setId("invitation-count");
        grid.setEmptyStateText(getTranslation("grid.nothingYet"));
        grid.setId("invitations");
        grid.addColumn(InvitationSummary::fullName).setHeader(getTranslation("onboarding.column.name")).setFlexGrow(2);
        grid.addColumn(InvitationSummary::email).setHeader(getTranslation("onboarding.column.email")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.status().translationKey())).setHeader(getTranslation("invitation.column.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> LocalizedFormats.date(i.createdAt(), getLocale())).setHeader(getTranslation("invitation.column.created"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.status() == InvitationStatus.ACCEPTED ? LocalizedFormats.date(i.acceptedAt(), getLocale())
                : LocalizedFormats.date(i.expiresAt(), getLocale())).setHeader(getTranslation("invitation.column.date"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::newLinkButton).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(i -> "rb-invitation-" + i.status().name().toLowerCase(java.util.Locale.ROOT));
        grid.setItems(query -> invitations.invitationsOfMyInstitution(
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        add(new H2(getTranslation("invitation.title")), new Paragraph(getTranslation("invitation.intro")), count, grid);
        setFlexGrow(1, grid);
    }

    private Button newLinkButton(InvitationSummary invitation) {
        var button = new Button(getTranslation("invitation.newLink"), e -> showNewLink(invitation));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setVisible(invitation.status() != InvitationStatus.ACCEPTED);
        button.setId("invitation-renew-" + invitation.id());
        return button;
    }

    /** Package-private for the view test. */
    void showNewLink(InvitationSummary invitation) {
        var issued = invitations.renewLink(invitation.id());
        grid.getDataProvider().refreshAll();
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("invitation.link.title", issued.fullName()));
        var link = new TextField(getTranslation("invitation.link.field"));
        link.setId("invitation-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(linkBase + issued.token());
        var copy = new Button(getTranslation("invitation.copy"), e -> e.getSource().getUI().ifPresent(ui -> {
            InvitationLinks.copy(ui, link.getValue());
            com.vaadin.flow.component.notification.Notification.show(getTranslation("invitation.copied"));
        }));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("invitation.link.text", LocalizedFormats.date(issued.expiresAt(), getLocale()))), link);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), copy);
        dialog.setWidth("40em");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.nav") + " · " + getTranslation("app.name");
    }
}
