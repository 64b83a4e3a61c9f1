package com.researchbridge.project;

import java.util.List;
import java.util.Set;

/** A joint project as its page shows it, with what the viewer may do now, its milestones and outputs. */
public record ProjectDetails(ProjectSummary summary, String description, String initiatorReviewComment,
                             String partnerReviewComment, List<ProjectHistoryEntry> history,
                             Set<ProjectAction> actions, List<ProjectMilestoneView> milestones,
                             List<ProjectOutputView> outputs) {

    public ProjectDetails {
        history = List.copyOf(history);
        actions = Set.copyOf(actions);
        milestones = List.copyOf(milestones);
        outputs = List.copyOf(outputs);
    }
}
