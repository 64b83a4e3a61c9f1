package com.researchbridge.project.ui;

import com.researchbridge.base.ui.HomeNotice;
import com.researchbridge.project.ProjectService;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/** On a researcher's or research office's home page: how many joint projects wait for their step, with a link. */
@org.springframework.stereotype.Component
class ProjectsWaitingNotice implements HomeNotice {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    ProjectsWaitingNotice(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forCurrentUser(com.vaadin.flow.component.Component page) {
        var role = currentUser.get().map(a -> a.role()).orElse(null);
        if (role != Role.RESEARCHER && role != Role.RESEARCH_OFFICE) {
            return Optional.empty();
        }
        long waiting = projects.countNeedingMyAction();
        if (waiting == 0) {
            return Optional.empty();
        }
        var link = new RouterLink(page.getTranslation("home.projects.waiting", waiting), ProjectsView.class);
        var notice = new Div(VaadinIcon.BELL.create(), link);
        notice.setId("home-projects-waiting");
        notice.addClassNames("rb-card", "rb-notice");
        return Optional.of(notice);
    }
}
