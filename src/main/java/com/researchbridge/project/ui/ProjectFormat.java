package com.researchbridge.project.ui;

import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.ui.Badge;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.project.OfficeReview;
import com.researchbridge.project.Participant;
import com.researchbridge.project.ProjectStatus;
import com.researchbridge.project.ProjectSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** How project pages write participants, institutions, statuses and office reviews in the reader's language. */
final class ProjectFormat {

    private final Component page;
    private final InstitutionService institutions;
    private final Locale locale;

    ProjectFormat(Component page, Locale locale, InstitutionService institutions) {
        this.page = page;
        this.locale = locale;
        this.institutions = institutions;
    }

    String institution(InstitutionId id) {
        return institutions.find(id).map(i -> i.displayName(locale)).orElse("");
    }

    String participant(Participant p) {
        return p.name() + " (" + institution(p.institution()) + ")";
    }

    String researchers(ProjectSummary project) {
        return participant(project.initiator()) + " ⇄ " + participant(project.partner());
    }

    /** Both offices' decisions, once the project was submitted; empty before. */
    String reviews(ProjectSummary project) {
        if (project.initiatorReview() == null) {
            return "";
        }
        return review(project.initiator(), project.initiatorReview()) + " · " + review(project.partner(), project.partnerReview());
    }

    private String review(Participant side, OfficeReview review) {
        String country = institutions.find(side.institution())
                .map(i -> page.getTranslation(i.country().translationKey())).orElse("");
        return country + ": " + page.getTranslation(review.translationKey());
    }

    Span statusBadge(ProjectStatus status) {
        var badge = Badge.of(page.getTranslation(status.translationKey()), switch (status) {
            case APPROVED, ACTIVE, COMPLETED -> "success";
            case DECLINED, REJECTED, WITHDRAWN, CANCELLED -> "error";
            default -> ""; // the plain badge: still on its way
        });
        badge.addClassName("rb-project-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
