package com.researchbridge.project;

import com.researchbridge.security.AccountDeleted;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a researcher deletes their account, their projects still going on end (withdrawn, or cancelled once
 * approved) in the same transaction, before the account's row goes; the partner keeps the project and its
 * history under the researcher's name.
 */
@Component
class ProjectsOfDeletedAccount {

    private final JointProjectRepository projects;
    private final Clock clock;

    ProjectsOfDeletedAccount(JointProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeleted event) {
        long account = event.account().value();
        for (JointProject project : projects.findInvolving(account)) {
            project.leave(new Actor(event.account(), project.nameOf(event.account()), false, null), clock.instant());
        }
        projects.flush();
    }
}
