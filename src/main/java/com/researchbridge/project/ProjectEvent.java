package com.researchbridge.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a joint project's history: who did what, when, with which comment, and the status after it. */
@Entity
@Table(name = "joint_project_event")
class ProjectEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private JointProject project;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private ProjectAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ProjectStatus toStatus;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    protected ProjectEvent() {
    }

    ProjectEvent(JointProject project, ProjectAction action, ProjectStatus toStatus, Actor actor, Instant occurredAt,
                 String comment) {
        this.project = project;
        this.action = action;
        this.toStatus = toStatus;
        this.actorAccountId = actor.account() == null ? null : actor.account().value();
        this.actorName = actor.name();
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    ProjectHistoryEntry toEntry() {
        return new ProjectHistoryEntry(action, toStatus, actorName, occurredAt, comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectEvent other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ProjectEvent.class.hashCode();
    }
}
