package com.researchbridge.project.ui;

import com.researchbridge.base.ui.Badge;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.project.OutputForm;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectDetails;
import com.researchbridge.project.ProjectMilestoneView;
import com.researchbridge.project.ProjectOutputView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The work of an approved project: its milestones (planned, reached, overdue) and what it produced. */
class ProjectWorkSection extends Composite<Div> {

    ProjectWorkSection(ProjectDetails project, BiConsumer<String, LocalDate> plan, LongConsumer reach,
                       Consumer<OutputForm> report, LongConsumer retract) {
        getContent().addClassName("rb-project-work");
        getContent().add(milestones(project, plan, reach), outputs(project, report, retract));
    }

    private Div milestones(ProjectDetails project, BiConsumer<String, LocalDate> plan, LongConsumer reach) {
        var box = new Div();
        box.addClassNames("rb-card", "rb-project-milestones");
        box.setId("project-milestones");
        var heading = new Div(new H3(getTranslation("project.milestones")));
        heading.addClassName("rb-section-heading");
        if (project.actions().contains(ProjectAction.PLAN)) {
            var add = new Button(getTranslation("project.milestone.add"), e -> new MilestoneDialog(plan).open());
            add.setId("project-milestone-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            heading.add(add);
        }
        box.add(heading);
        if (project.milestones().isEmpty()) {
            box.add(muted(getTranslation("project.milestones.none")));
            return box;
        }
        var list = new UnorderedList();
        for (ProjectMilestoneView m : project.milestones()) {
            var item = new ListItem(new Span(m.title() + " · " + getTranslation("project.milestone.dueOn",
                    LocalizedFormats.date(m.dueOn(), getLocale())) + " "));
            if (m.doneOn() != null) {
                item.add(Badge.of(getTranslation("project.milestone.reachedOn", LocalizedFormats.date(m.doneOn(), getLocale())), "success"));
            } else if (m.overdue()) {
                item.add(Badge.of(getTranslation("project.milestone.overdue"), "error"));
            }
            if (m.doneOn() == null && project.actions().contains(ProjectAction.REACH)) {
                var done = new Button(getTranslation("project.milestone.reach"), e -> reach.accept(m.id()));
                done.setId("project-milestone-reach-" + m.id());
                done.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(done);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div outputs(ProjectDetails project, Consumer<OutputForm> report, LongConsumer retract) {
        var box = new Div();
        box.addClassNames("rb-card", "rb-project-outputs");
        box.setId("project-outputs");
        var heading = new Div(new H3(getTranslation("project.outputs")));
        heading.addClassName("rb-section-heading");
        if (project.actions().contains(ProjectAction.REPORT)) {
            var add = new Button(getTranslation("project.output.add"), e -> new OutputDialog(LocalDate.now(), report).open());
            add.setId("project-output-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            heading.add(add);
        }
        box.add(heading);
        if (project.outputs().isEmpty()) {
            box.add(muted(getTranslation("project.outputs.none")));
            return box;
        }
        var list = new UnorderedList();
        for (ProjectOutputView o : project.outputs()) {
            var item = new ListItem(Badge.of(getTranslation(o.kind().translationKey()), ""), new Span(" "));
            if (o.link() != null) {
                var link = new Anchor();
                link.setHref(o.link());
                link.setText(o.title());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(link);
            } else {
                item.add(new Span(o.title()));
            }
            var meta = new Span(" · " + LocalizedFormats.date(o.occurredOn(), getLocale()) + " · " + o.reporterName());
            meta.addClassName("rb-muted");
            item.add(meta);
            if (project.actions().contains(ProjectAction.REPORT)) {
                var remove = new Button(getTranslation(ProjectAction.RETRACT.buttonKey()), e -> {
                    var confirm = new ConfirmDialog(getTranslation(ProjectAction.RETRACT.buttonKey()),
                            getTranslation("project.output.removeConfirm", o.title()), getTranslation(ProjectAction.RETRACT.buttonKey()),
                            ok -> retract.accept(o.id()));
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("action.cancel"));
                    confirm.setConfirmButtonTheme("error primary");
                    confirm.open();
                });
                remove.setId("project-output-remove-" + o.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                item.add(remove);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("rb-muted");
        return p;
    }
}
