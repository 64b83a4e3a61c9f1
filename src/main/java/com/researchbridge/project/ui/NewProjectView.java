package com.researchbridge.project.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.project.ProjectRefused;
import com.researchbridge.project.ProjectService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A researcher proposes a joint project to a researcher of the other country (reached from a suggested
 * partner, a profile page or a topic): a title and a plan, which the partner accepts or declines.
 */
@Route("project/new")
@AccessExpectation(value = Who.RESEARCHER, objects = AccessExpectation.Whose.PROPOSABLE_PARTNER)
@RolesAllowed(AppRoles.RESEARCHER)
class NewProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final InstitutionService institutions;

    NewProjectView(ProjectService projects, InstitutionService institutions) {
        this.projects = projects;
        this.institutions = institutions;
        addClassName("rb-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long partnerId) {
        if (partnerId == null) {
            throw new NotFoundException();
        }
        var account = new AccountId(partnerId);
        // Hidden partners, oneself and one's own country get the page of a missing account: ids cannot be probed.
        var start = projects.openProposal(account).orElseThrow(NotFoundException::new);
        var partner = start.partner();
        removeAll();
        add(new H2(getTranslation("project.new.title")), partnerCard(partner));
        var live = start.liveProject();
        if (live != null) {
            var note = new Paragraph(getTranslation("project.new.alreadyLive", live.title()));
            note.setId("project-new-live");
            var open = new Button(getTranslation("project.open"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ProjectView.class, live.id())));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(note, open);
            return;
        }
        var fields = new ProjectFormFields("", "");
        fields.setWidth("min(100%, 48em)");
        var send = new Button(getTranslation("project.new.send"), e -> {
            try {
                long id = projects.propose(account, fields.value());
                Notification.show(getTranslation("project.new.sent", partner.fullName()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                e.getSource().getUI().ifPresent(ui -> ui.navigate(ProjectView.class, id));
            } catch (ProjectRefused refused) {
                fields.show(refused);
            }
        });
        send.setId("project-new-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var intro = new Paragraph(getTranslation("project.new.intro"));
        intro.addClassName("rb-muted");
        add(intro, fields, send);
    }

    private Div partnerCard(ProfileSummary partner) {
        var card = new Div();
        card.addClassNames("rb-card", "rb-partner-card");
        card.setId("project-new-partner");
        String where = institutions.find(partner.institution())
                .map(i -> i.displayNameAndCity(getLocale())).orElse("")
                + " · " + getTranslation(partner.country().translationKey());
        var whereText = new Paragraph(where);
        whereText.addClassName("rb-muted");
        card.add(new H3(partner.fullName()), whereText);
        if (partner.field() != null) {
            card.add(new Paragraph(getTranslation(partner.field().translationKey())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.new.title") + " · " + getTranslation("app.name");
    }
}
