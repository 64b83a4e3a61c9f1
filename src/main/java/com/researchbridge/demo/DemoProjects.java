package com.researchbridge.demo;

import com.researchbridge.base.AccountId;
import com.researchbridge.project.OutputForm;
import com.researchbridge.project.OutputKind;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectMilestoneView;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import com.researchbridge.security.ActingAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Plays the demo joint projects through the real workflow: each step is taken by the demo account it names,
 * so the history, the checks and the events are those a user would cause.
 */
@Component
class DemoProjects {

    private final ProjectService projects;
    private final UserDetailsService users;
    private final Clock clock;

    DemoProjects(ProjectService projects, UserDetailsService users, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.users = users;
    }

    /**
     * Creates the projects; {@code accounts} maps a demo researcher's e-mail to their account, {@code institutionOf}
     * to their institution's code.
     */
    void create(List<DemoProject> demo, Map<String, AccountId> accounts, Map<String, String> institutionOf) {
        for (DemoProject p : demo) {
            var partner = accounts.get(p.partner());
            if (partner == null || !accounts.containsKey(p.initiator())) {
                throw new IllegalStateException("Demo project \"" + p.title() + "\" names an unknown researcher");
            }
            long id = as(p.initiator(), () -> projects.propose(partner, new ProjectForm(p.title(), p.description())));
            for (DemoProject.Step step : p.steps()) {
                String actor = switch (step.by()) {
                    case "initiator" -> p.initiator();
                    case "partner" -> p.partner();
                    case "initiatorOffice" -> officeOf(institutionOf.get(p.initiator()));
                    case "partnerOffice" -> officeOf(institutionOf.get(p.partner()));
                    default -> throw new IllegalStateException(p.title() + ": unknown actor " + step.by());
                };
                as(actor, () -> {
                    take(id, step);
                    return id;
                });
            }
        }
    }

    private void take(long id, DemoProject.Step step) {
        var action = ProjectAction.valueOf(step.action());
        var today = LocalDate.now(clock);
        switch (action) {
            case PLAN -> projects.planMilestone(id, step.title(), today.plusDays(step.dueInDays()));
            case REACH -> projects.reachMilestone(id, projects.find(id).orElseThrow().milestones().stream()
                    .sorted(java.util.Comparator.comparing(ProjectMilestoneView::id)).toList().get(step.milestone()).id());
            case REPORT -> projects.reportOutput(id, new OutputForm(OutputKind.valueOf(step.kind()), step.title(),
                    today.minusDays(step.daysAgo()), step.link()));
            default -> projects.take(id, action, step.comment());
        }
    }

    private static String officeOf(String institutionCode) {
        return "office@" + institutionCode.substring(3).toLowerCase(Locale.ROOT) + ".example";
    }

    private <T> T as(String email, Supplier<T> work) {
        return ActingAs.call(users, email, work);
    }
}
