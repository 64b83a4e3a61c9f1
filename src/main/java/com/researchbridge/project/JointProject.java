package com.researchbridge.project;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A joint project of two researchers from different countries, and its workflow. Every step is a method that
 * checks who acts and in which state, refuses anything else with a {@link ProjectRefused}, and records itself
 * in the history. Concurrent steps cannot both win: the version column makes the later one fail.
 */
@Entity
@Table(name = "joint_project")
class JointProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = ProjectForm.MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = ProjectForm.MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "initiator_account_id")
    private Long initiatorAccountId;

    @Column(name = "initiator_name", nullable = false, length = 200)
    private String initiatorName;

    @Column(name = "initiator_institution_id", nullable = false)
    private long initiatorInstitutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiator_review", length = 20)
    private OfficeReview initiatorReview;

    @Column(name = "initiator_review_comment", length = ProjectForm.MAX_COMMENT)
    private String initiatorReviewComment;

    @Column(name = "partner_account_id")
    private Long partnerAccountId;

    @Column(name = "partner_name", nullable = false, length = 200)
    private String partnerName;

    @Column(name = "partner_institution_id", nullable = false)
    private long partnerInstitutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_review", length = 20)
    private OfficeReview partnerReview;

    @Column(name = "partner_review_comment", length = ProjectForm.MAX_COMMENT)
    private String partnerReviewComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt asc, id asc")
    private List<ProjectEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn asc, id asc")
    private List<ProjectMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredOn desc, id desc")
    private List<ProjectOutput> outputs = new ArrayList<>();

    protected JointProject() {
    }

    /** A researcher proposes a project to a researcher of another institution. */
    static JointProject propose(Participant initiator, Participant partner, ProjectForm form, Instant now) {
        if (initiator.account().equals(partner.account())) {
            throw new ProjectRefused("project.refused.self");
        }
        if (initiator.institution().equals(partner.institution())) {
            throw new ProjectRefused("project.refused.sameInstitution");
        }
        var checked = form.checked();
        var project = new JointProject();
        project.title = checked.title();
        project.description = checked.description();
        project.status = ProjectStatus.PROPOSED;
        project.initiatorAccountId = initiator.account().value();
        project.initiatorName = initiator.name();
        project.initiatorInstitutionId = initiator.institution().value();
        project.partnerAccountId = partner.account().value();
        project.partnerName = partner.name();
        project.partnerInstitutionId = partner.institution().value();
        project.createdAt = now;
        project.record(ProjectAction.PROPOSE, new Actor(initiator.account(), initiator.name(), false,
                initiator.institution()), now, null);
        return project;
    }

    /** What the actor may do now; empty for anyone who is neither researcher nor a reviewing office. */
    Set<ProjectAction> actionsFor(Actor actor) {
        var actions = stepsFor(actor);
        if (isResearcher(actor)) {
            if (status == ProjectStatus.ACTIVE) {
                actions.addAll(List.of(ProjectAction.NOTE, ProjectAction.PLAN, ProjectAction.REPORT));
                if (milestones.stream().anyMatch(m -> !m.done())) {
                    actions.add(ProjectAction.REACH);
                }
            } else if (status == ProjectStatus.COMPLETED) {
                actions.add(ProjectAction.REPORT); // publications often appear after the project ends
            }
        }
        return actions;
    }

    /** Whether the project waits for the actor's decision; reads no milestones or outputs (lists call it per row). */
    boolean waitsFor(Actor actor) {
        return stepsFor(actor).stream().anyMatch(ProjectAction::awaitsDecision);
    }

    /** The workflow steps the actor may take now. */
    private Set<ProjectAction> stepsFor(Actor actor) {
        var actions = EnumSet.noneOf(ProjectAction.class);
        boolean initiator = !actor.office() && isAccount(actor, initiatorAccountId);
        boolean partner = !actor.office() && isAccount(actor, partnerAccountId);
        boolean researcher = initiator || partner;
        switch (status) {
            case PROPOSED -> {
                if (initiator) {
                    actions.addAll(List.of(ProjectAction.REVISE, ProjectAction.WITHDRAW));
                }
                if (partner) {
                    actions.addAll(List.of(ProjectAction.ACCEPT, ProjectAction.DECLINE));
                }
            }
            case AGREED -> {
                if (researcher) {
                    actions.addAll(List.of(ProjectAction.REVISE, ProjectAction.SUBMIT, ProjectAction.WITHDRAW));
                }
            }
            case IN_REVIEW -> {
                if (researcher) {
                    actions.add(ProjectAction.WITHDRAW);
                }
                if (pendingReviewOf(actor) != null) {
                    actions.addAll(List.of(ProjectAction.APPROVE, ProjectAction.REJECT));
                }
            }
            case APPROVED -> {
                if (researcher) {
                    actions.addAll(List.of(ProjectAction.START, ProjectAction.CANCEL));
                }
            }
            case ACTIVE -> {
                if (researcher) {
                    actions.addAll(List.of(ProjectAction.COMPLETE, ProjectAction.CANCEL));
                }
            }
            default -> {
                // ended: no more steps
            }
        }
        return actions;
    }

    private boolean isResearcher(Actor actor) {
        return !actor.office() && (isAccount(actor, initiatorAccountId) || isAccount(actor, partnerAccountId));
    }

    /** The researchers rewrite title and plan before the offices see it. */
    void revise(Actor actor, ProjectForm form, Instant now) {
        require(ProjectAction.REVISE, actor);
        var checked = form.checked();
        title = checked.title();
        description = checked.description();
        record(ProjectAction.REVISE, actor, now, null);
    }

    /**
     * Any step but proposing and revising, or a progress update; the comment is optional unless the action
     * needs a reason.
     */
    void take(ProjectAction action, Actor actor, String comment, Instant now) {
        if (action == ProjectAction.PROPOSE || action == ProjectAction.REVISE || action == ProjectAction.PLAN
                || action == ProjectAction.REACH || action == ProjectAction.REPORT || action == ProjectAction.RETRACT) {
            throw new IllegalArgumentException(action + " is not a plain step");
        }
        require(action, actor);
        String text = action.takesComment() ? ProjectForm.checkedComment(comment, action.needsReason()) : null;
        switch (action) {
            case ACCEPT -> status = ProjectStatus.AGREED;
            case DECLINE -> status = ProjectStatus.DECLINED;
            case WITHDRAW -> status = ProjectStatus.WITHDRAWN;
            case SUBMIT -> {
                status = ProjectStatus.IN_REVIEW;
                initiatorReview = OfficeReview.PENDING;
                partnerReview = OfficeReview.PENDING;
                initiatorReviewComment = null;
                partnerReviewComment = null;
            }
            case APPROVE, REJECT -> review(actor, action == ProjectAction.APPROVE, text);
            case START -> status = ProjectStatus.ACTIVE;
            case COMPLETE -> status = ProjectStatus.COMPLETED;
            case CANCEL -> status = ProjectStatus.CANCELLED;
            case NOTE -> {
                // a progress update changes nothing but the history
            }
            default -> throw new IllegalStateException("Unhandled " + action);
        }
        record(action, actor, now, text);
    }

    /** One of the researchers plans a milestone of the project under way. */
    void plan(Actor actor, String title, LocalDate dueOn, Instant now) {
        require(ProjectAction.PLAN, actor);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new ProjectRefused(ProjectRefused.Field.TITLE, "project.refused.milestoneTitleMissing");
        }
        if (t.length() > ProjectMilestone.MAX_TITLE || t.contains("\n")) {
            throw new ProjectRefused(ProjectRefused.Field.TITLE, "project.refused.milestoneTitleTooLong");
        }
        if (dueOn == null) {
            throw new ProjectRefused(ProjectRefused.Field.DATE, "project.refused.dateMissing");
        }
        milestones.add(new ProjectMilestone(this, t, dueOn, now));
        record(ProjectAction.PLAN, actor, now, t);
    }

    /** One of the researchers marks a milestone of the project under way as reached today. */
    void reach(Actor actor, long milestoneId, LocalDate today, Instant now) {
        require(ProjectAction.REACH, actor);
        var milestone = milestones.stream().filter(m -> m.id() != null && m.id() == milestoneId && !m.done()).findFirst()
                .orElseThrow(() -> new ProjectRefused("project.refused.notNow"));
        milestone.markDone(today);
        record(ProjectAction.REACH, actor, now, milestone.toView(today).title());
    }

    /** One of the researchers reports what the project produced (while under way, or after completion). */
    void report(Actor actor, OutputForm form, LocalDate today, Instant now) {
        require(ProjectAction.REPORT, actor);
        var checked = form.checked(today);
        outputs.add(new ProjectOutput(this, checked, actor.name(), now));
        record(ProjectAction.REPORT, actor, now, checked.title());
    }

    /** One of the researchers removes an output reported by mistake; the history keeps its title. */
    void retract(Actor actor, long outputId, Instant now) {
        require(ProjectAction.REPORT, actor);
        var output = outputs.stream().filter(o -> o.id() != null && o.id() == outputId).findFirst()
                .orElseThrow(() -> new ProjectRefused("project.refused.notNow"));
        outputs.remove(output);
        record(ProjectAction.RETRACT, actor, now, output.title());
    }

    /**
     * The researcher's account is being deleted: a project still going on ends as if they withdrew it (or
     * cancelled it, once approved), recorded under their name. Returns whether the project changed.
     */
    boolean leave(Actor researcher, Instant now) {
        if (status.ended() || !involves(researcher.account())) {
            return false;
        }
        boolean approved = status == ProjectStatus.APPROVED || status == ProjectStatus.ACTIVE;
        status = approved ? ProjectStatus.CANCELLED : ProjectStatus.WITHDRAWN;
        record(approved ? ProjectAction.CANCEL : ProjectAction.WITHDRAW, researcher, now, null);
        return true;
    }

    private void review(Actor office, boolean approve, String comment) {
        var decision = approve ? OfficeReview.APPROVED : OfficeReview.REJECTED;
        if (office.institution().value() == initiatorInstitutionId) {
            initiatorReview = decision;
            initiatorReviewComment = comment;
        } else {
            partnerReview = decision;
            partnerReviewComment = comment;
        }
        if (!approve) {
            status = ProjectStatus.REJECTED;
        } else if (initiatorReview == OfficeReview.APPROVED && partnerReview == OfficeReview.APPROVED) {
            status = ProjectStatus.APPROVED;
        }
    }

    /** The office's own review when it is still pending, else {@code null}. */
    private OfficeReview pendingReviewOf(Actor actor) {
        if (!actor.office() || actor.institution() == null) {
            return null;
        }
        long institution = actor.institution().value();
        if (institution == initiatorInstitutionId && initiatorReview == OfficeReview.PENDING) {
            return initiatorReview;
        }
        if (institution == partnerInstitutionId && partnerReview == OfficeReview.PENDING) {
            return partnerReview;
        }
        return null;
    }

    private void require(ProjectAction action, Actor actor) {
        if (!actionsFor(actor).contains(action)) {
            throw new ProjectRefused("project.refused.notNow");
        }
    }

    private static boolean isAccount(Actor actor, Long account) {
        return account != null && actor.account() != null && account == actor.account().value();
    }

    private void record(ProjectAction action, Actor actor, Instant now, String comment) {
        history.add(new ProjectEvent(this, action, status, actor, now, comment));
        updatedAt = now;
    }

    /** Whether the account is one of the two researchers. */
    boolean involves(AccountId account) {
        return Objects.equals(initiatorAccountId, account.value()) || Objects.equals(partnerAccountId, account.value());
    }

    /** Whether the institution is one of the two reviewing institutions. */
    boolean concerns(InstitutionId institution) {
        return institution != null
                && (institution.value() == initiatorInstitutionId || institution.value() == partnerInstitutionId);
    }

    /** The name the project remembers for one of its two researchers. */
    String nameOf(AccountId account) {
        return Objects.equals(initiatorAccountId, account.value()) ? initiatorName : partnerName;
    }

    /** The researcher's partner in this project, when both accounts still exist. */
    AccountId otherThan(AccountId account) {
        Long other = Objects.equals(initiatorAccountId, account.value()) ? partnerAccountId : initiatorAccountId;
        return other == null ? null : new AccountId(other);
    }

    ProjectSummary toSummary() {
        return new ProjectSummary(id, title, status, participant(initiatorAccountId, initiatorName, initiatorInstitutionId),
                participant(partnerAccountId, partnerName, partnerInstitutionId), initiatorReview, partnerReview,
                createdAt, updatedAt);
    }

    ProjectDetails toDetails(Actor viewer, LocalDate today) {
        return new ProjectDetails(toSummary(), description, initiatorReviewComment, partnerReviewComment,
                history.stream().map(ProjectEvent::toEntry).toList(), actionsFor(viewer),
                milestones.stream().map(m -> m.toView(today)).toList(), outputs.stream().map(ProjectOutput::toView).toList());
    }

    private static Participant participant(Long account, String name, long institution) {
        return new Participant(account == null ? null : new AccountId(account), name, new InstitutionId(institution));
    }

    Long id() {
        return id;
    }

    ProjectStatus status() {
        return status;
    }

    Long initiatorAccountId() {
        return initiatorAccountId;
    }

    Long partnerAccountId() {
        return partnerAccountId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JointProject other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return JointProject.class.hashCode();
    }
}
