package com.researchbridge.project.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.KeyTopicReader;
import com.researchbridge.base.ui.KeyTopicLine;
import com.researchbridge.base.ui.LocalizedFormats;
import java.util.List;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.project.OfficeReview;
import com.researchbridge.project.Participant;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectDetails;
import com.researchbridge.project.ProjectHistoryEntry;
import com.researchbridge.project.ProjectRefused;
import com.researchbridge.project.ProjectService;
import com.researchbridge.project.ProjectStatus;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
 * One joint project: its plan, the two researchers and their offices' decisions, its history, and the steps
 * the viewer may take now.
 */
@Route("project")
@AccessExpectation(value = {Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN}, objects = AccessExpectation.Whose.PROJECT_PARTY)
@RolesAllowed({AppRoles.RESEARCHER, AppRoles.RESEARCH_OFFICE, AppRoles.ADMIN})
class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The researcher module's profile page, by route: that module cannot depend on this one's views. */
    private static final String RESEARCHER_ROUTE = "researchers/";

    private final ProjectService projects;
    private final ProjectFormat format;
    private final InstitutionService institutions;
    private final KeyTopicReader keyTopics;
    private long projectId;
    private String title = "";

    ProjectView(ProjectService projects, InstitutionService institutions, KeyTopicReader keyTopics) {
        this.projects = projects;
        this.keyTopics = keyTopics;
        this.format = new ProjectFormat(this, getLocale(), institutions);
        this.institutions = institutions;
        addClassName("rb-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        projectId = id;
        show(projects.find(id).orElseThrow(NotFoundException::new));
    }

    private void show(ProjectDetails project) {
        removeAll();
        var summary = project.summary();
        title = summary.title();
        var heading = new H2(summary.title());
        heading.setId("project-title");
        var status = format.statusBadge(summary.status());
        status.setId("project-status");
        var dates = new Span(getTranslation("project.proposedOn", LocalizedFormats.date(summary.createdAt(), getLocale()))
                + " · " + getTranslation("project.updatedOn", LocalizedFormats.date(summary.updatedAt(), getLocale())));
        dates.addClassName("rb-muted");
        var facts = new Div(status, dates);
        facts.addClassName("rb-project-facts");

        var sides = new Div(side(summary.initiator(), summary.initiatorReview(), project.initiatorReviewComment(), "initiator"),
                side(summary.partner(), summary.partnerReview(), project.partnerReviewComment(), "partner"));
        sides.addClassName("rb-project-sides");

        var plan = new Paragraph(project.description());
        plan.setId("project-description");
        plan.addClassName("rb-project-plan");

        // The plan is often written in one partner's language: its concepts in the reader's language bridge it.
        var planTopics = KeyTopicLine.of(keyTopics, List.of(KeyTopicReader.Source.of(null, summary.title()),
                KeyTopicReader.Source.of(null, project.description())), getLocale());
        planTopics.setId("project-key-topics");
        add(heading, facts, actions(project), sides, new H3(getTranslation("project.plan")), planTopics, plan);
        if (summary.status() == ProjectStatus.ACTIVE || summary.status() == ProjectStatus.COMPLETED
                || !project.milestones().isEmpty() || !project.outputs().isEmpty()) {
            add(new ProjectWorkSection(project, this::plan, this::reach, this::report, this::retract));
        }
        var historyHeading = new Div(new H3(getTranslation("project.history")));
        historyHeading.addClassName("rb-section-heading");
        if (project.actions().contains(ProjectAction.NOTE)) {
            var note = new Button(getTranslation(ProjectAction.NOTE.buttonKey()), e -> open(ProjectAction.NOTE, project));
            note.setId("project-action-note");
            note.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            historyHeading.add(note);
        }
        add(historyHeading, history(project));
    }

    private void plan(String title, java.time.LocalDate due) {
        projects.planMilestone(projectId, title, due);
        done(ProjectAction.PLAN);
    }

    private void reach(long milestoneId) {
        try {
            projects.reachMilestone(projectId, milestoneId);
            done(ProjectAction.REACH);
        } catch (ProjectRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            projects.find(projectId).ifPresent(this::show);
        }
    }

    private void retract(long outputId) {
        try {
            projects.retractOutput(projectId, outputId);
            done(ProjectAction.RETRACT);
        } catch (ProjectRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            projects.find(projectId).ifPresent(this::show);
        }
    }

    private void report(com.researchbridge.project.OutputForm form) {
        projects.reportOutput(projectId, form);
        done(ProjectAction.REPORT);
    }

    private Div side(Participant participant, OfficeReview review, String comment, String role) {
        var card = new Div();
        card.addClassNames("rb-card", "rb-project-side");
        card.setId("project-" + role);
        var label = new Span(getTranslation("project.role." + role));
        label.addClassName("rb-muted");
        Div name = new Div();
        if (participant.account() != null) {
            var link = new Anchor();
            link.setHref(RESEARCHER_ROUTE + participant.account().value());
            link.setText(participant.name());
            name.add(link);
        } else {
            name.add(new Span(participant.name() + " · " + getTranslation("project.accountDeleted")));
        }
        name.addClassName("rb-project-person");
        card.add(label, name, new Paragraph(format.institution(participant.institution())));
        var decision = new Paragraph(getTranslation("project.officeReview") + " "
                + getTranslation(review == null ? "project.review.NOT_SUBMITTED" : review.translationKey()));
        decision.addClassName("rb-project-review");
        card.add(decision);
        if (comment != null) {
            var quote = new Paragraph("“" + comment + "”");
            quote.addClassName("rb-muted");
            card.add(quote);
        }
        return card;
    }

    private Div actions(ProjectDetails project) {
        var bar = new Div();
        bar.addClassName("rb-card-actions");
        bar.setId("project-actions");
        for (ProjectAction action : ProjectAction.values()) {
            if (!action.isStep() || !project.actions().contains(action)) {
                continue;
            }
            var button = new Button(getTranslation(action.buttonKey()), e -> open(action, project));
            button.setId("project-action-" + action.name().toLowerCase(java.util.Locale.ROOT));
            boolean forward = action == ProjectAction.ACCEPT || action == ProjectAction.SUBMIT
                    || action == ProjectAction.APPROVE || action == ProjectAction.START || action == ProjectAction.COMPLETE;
            if (forward) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (action != ProjectAction.REVISE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            bar.add(button);
        }
        if (project.actions().stream().anyMatch(ProjectAction::isStep)) {
            var hint = new Paragraph(getTranslation(project.actions().contains(ProjectAction.APPROVE)
                    ? "project.hint.office" : "project.hint.researcher"));
            hint.addClassName("rb-muted");
            bar.add(hint);
        }
        return bar;
    }

    private void open(ProjectAction action, ProjectDetails project) {
        if (action == ProjectAction.REVISE) {
            new ProjectFormDialog(project.summary().title(), project.description(), form -> {
                projects.revise(projectId, form);
                done(action);
            }).open();
        } else {
            new ProjectStepDialog(action, comment -> {
                try {
                    projects.take(projectId, action, comment);
                } catch (ProjectRefused refused) {
                    if (refused.field() == null) {
                        projects.find(projectId).ifPresent(this::show);
                    }
                    throw refused;
                }
                done(action);
            }).open();
        }
    }

    private void done(ProjectAction action) {
        Notification.show(getTranslation("project.done." + action.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(projects.find(projectId).orElseThrow(NotFoundException::new));
    }

    private UnorderedList history(ProjectDetails project) {
        var list = new UnorderedList();
        list.setId("project-history");
        list.addClassName("rb-project-history");
        // Each reader's own clock: the Almaty and the Shanghai office read the same step at their own hour.
        var zone = com.researchbridge.base.ui.ReaderZone.of(com.vaadin.flow.component.UI.getCurrent());
        for (ProjectHistoryEntry entry : project.history()) {
            var item = new ListItem(new Span(LocalizedFormats.dateTime(entry.at(), zone, getLocale()) + " · "),
                    new Span(getTranslation(entry.action().eventKey(), actorName(entry, project))));
            if (entry.comment() != null) {
                var comment = new Div("“" + entry.comment() + "”");
                comment.addClassName("rb-muted");
                item.add(comment);
            }
            list.add(item);
        }
        return list;
    }

    /**
     * Offices are named after their institution in the reader's language ("Research office of Peking University"),
     * not by the name the office account was given in its own language; researchers keep their own names.
     */
    private String actorName(ProjectHistoryEntry entry, ProjectDetails project) {
        if (entry.action() != com.researchbridge.project.ProjectAction.APPROVE
                && entry.action() != com.researchbridge.project.ProjectAction.REJECT) {
            return entry.actorName();
        }
        return java.util.stream.Stream.of(project.summary().initiator(), project.summary().partner())
                .map(p -> institutions.find(p.institution())).flatMap(java.util.Optional::stream)
                .filter(i -> java.util.stream.Stream.of(i.nameNative(), i.nameEn(), i.nameRu())
                        .anyMatch(n -> n != null && entry.actorName().startsWith(n)))
                .findFirst().map(i -> getTranslation("office.nameOf", i.displayName(getLocale())))
                .orElse(entry.actorName());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
