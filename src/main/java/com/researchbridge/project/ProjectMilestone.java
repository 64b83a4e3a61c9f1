package com.researchbridge.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A step the researchers planned for their project, with a due date, and the day it was reached. */
@Entity
@Table(name = "project_milestone")
class ProjectMilestone {

    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private JointProject project;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProjectMilestone() {
    }

    ProjectMilestone(JointProject project, String title, LocalDate dueOn, Instant createdAt) {
        this.project = project;
        this.title = title;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    boolean done() {
        return doneOn != null;
    }

    void markDone(LocalDate on) {
        doneOn = on;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ProjectMilestoneView toView(LocalDate today) {
        return new ProjectMilestoneView(id, title, dueOn, doneOn, doneOn == null && dueOn.isBefore(today));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectMilestone other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ProjectMilestone.class.hashCode();
    }
}
