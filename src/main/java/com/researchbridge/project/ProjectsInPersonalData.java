package com.researchbridge.project;

import com.researchbridge.base.PersonalData;
import org.springframework.stereotype.Component;

/** A researcher's joint projects, every one with its plan, reviews, history, milestones and outputs, for their export. */
@Component
class ProjectsInPersonalData implements PersonalData {

    private final ProjectService projects;

    ProjectsInPersonalData(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String section() {
        return "jointProjects";
    }

    @Override
    public Object ofCurrentUser() {
        return projects.list(ProjectScope.ALL).stream().map(p -> projects.find(p.id()).orElseThrow()).toList();
    }
}
