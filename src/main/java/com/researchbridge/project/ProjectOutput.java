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
import java.time.LocalDate;

/** Something a joint project produced, as one of its researchers reported it. */
@Entity
@Table(name = "project_output")
class ProjectOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private JointProject project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OutputKind kind;

    @Column(name = "title", nullable = false, length = OutputForm.MAX_TITLE)
    private String title;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "link", length = OutputForm.MAX_LINK)
    private String link;

    @Column(name = "reporter_name", nullable = false, length = 200)
    private String reporterName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProjectOutput() {
    }

    ProjectOutput(JointProject project, OutputForm form, String reporterName, Instant createdAt) {
        this.project = project;
        this.kind = form.kind();
        this.title = form.title();
        this.occurredOn = form.occurredOn();
        this.link = form.link();
        this.reporterName = reporterName;
        this.createdAt = createdAt;
    }

    ProjectOutputRow toRow() {
        var summary = project.toSummary();
        return new ProjectOutputRow(summary.id(), summary.title(), summary.initiator(), summary.partner(), toView());
    }

    ProjectOutputView toView() {
        return new ProjectOutputView(id == null ? 0 : id, kind, title, occurredOn, link, reporterName);
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectOutput other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ProjectOutput.class.hashCode();
    }
}
