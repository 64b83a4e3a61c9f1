package com.researchbridge.project;

import com.researchbridge.security.AccountSummary;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The projects lists as database queries: which projects the viewer may see (a researcher's own, an office's
 * institution's, all for an administrator), which of them the scope keeps, and the order. "Waiting for the
 * viewer" is {@link JointProject#waitsFor} written as a condition on the columns; a test keeps the two equal.
 */
final class ProjectListing {

    /** The columns a list may be sorted by; anything else is refused rather than passed to the database. */
    static final Set<String> SORTABLE = Set.of("title", "status", "createdAt", "updatedAt");
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private static final List<ProjectStatus> LIVE = Arrays.stream(ProjectStatus.values()).filter(s -> !s.ended()).toList();

    private ProjectListing() {
    }

    static Specification<JointProject> of(AccountSummary viewer, ProjectScope scope) {
        return (root, query, cb) -> cb.and(visibleTo(viewer, root, cb), inScope(viewer, scope, root, cb));
    }

    /**
     * The requested order, newest first when none is given, always ending with the id so that pages never
     * overlap or leave a project out when sort values are equal.
     */
    static Pageable ordered(Pageable requested) {
        Sort sort = requested.getSort().isSorted() ? requested.getSort() : NEWEST_FIRST;
        for (Sort.Order order : sort) {
            if (!SORTABLE.contains(order.getProperty()) && !"id".equals(order.getProperty())) {
                throw new IllegalArgumentException("Projects cannot be sorted by " + order.getProperty());
            }
        }
        if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by(Sort.Order.desc("id")));
        }
        return requested.isPaged()
                ? org.springframework.data.domain.PageRequest.of(requested.getPageNumber(), requested.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    private static Predicate visibleTo(AccountSummary viewer, Root<JointProject> p, CriteriaBuilder cb) {
        return switch (viewer.role()) {
            case RESEARCHER -> involves(viewer, p, cb);
            case RESEARCH_OFFICE -> viewer.institution() == null ? cb.disjunction() : cb.or(
                    cb.equal(p.get("initiatorInstitutionId"), viewer.institution().value()),
                    cb.equal(p.get("partnerInstitutionId"), viewer.institution().value()));
            case ADMIN -> cb.conjunction();
            default -> cb.disjunction();
        };
    }

    private static Predicate inScope(AccountSummary viewer, ProjectScope scope, Root<JointProject> p, CriteriaBuilder cb) {
        return switch (scope) {
            case ALL -> cb.conjunction();
            case LIVE -> p.get("status").in(LIVE);
            case ENDED -> cb.not(p.get("status").in(LIVE));
            case NEEDS_ACTION -> waitsFor(viewer, p, cb);
        };
    }

    /** Mirrors {@link JointProject#waitsFor}: accept, send to the offices, review, start. */
    private static Predicate waitsFor(AccountSummary viewer, Root<JointProject> p, CriteriaBuilder cb) {
        return switch (viewer.role()) {
            case RESEARCHER -> cb.or(
                    cb.and(cb.equal(p.get("status"), ProjectStatus.PROPOSED),
                            cb.equal(p.get("partnerAccountId"), viewer.id().value())),
                    cb.and(p.get("status").in(ProjectStatus.AGREED, ProjectStatus.APPROVED), involves(viewer, p, cb)));
            case RESEARCH_OFFICE -> viewer.institution() == null ? cb.disjunction() : cb.and(
                    cb.equal(p.get("status"), ProjectStatus.IN_REVIEW),
                    cb.or(cb.and(cb.equal(p.get("initiatorInstitutionId"), viewer.institution().value()),
                                    cb.equal(p.get("initiatorReview"), OfficeReview.PENDING)),
                            cb.and(cb.equal(p.get("partnerInstitutionId"), viewer.institution().value()),
                                    cb.equal(p.get("partnerReview"), OfficeReview.PENDING))));
            default -> cb.disjunction();
        };
    }

    private static Predicate involves(AccountSummary viewer, Root<JointProject> p, CriteriaBuilder cb) {
        return cb.or(cb.equal(p.get("initiatorAccountId"), viewer.id().value()),
                cb.equal(p.get("partnerAccountId"), viewer.id().value()));
    }
}
