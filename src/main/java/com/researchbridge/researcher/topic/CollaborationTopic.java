package com.researchbridge.researcher.topic;

import com.researchbridge.researcher.ResearchField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What a researcher seeks partners for. */
@Entity
@Table(name = "collaboration_topic")
class CollaborationTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", nullable = false, length = 10000)
    private String description;

    @Column(name = "description_lang", nullable = false, length = 5)
    private String descriptionLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private TopicKind kind;

    @Column(name = "field_code", length = 10)
    private String fieldCode;

    @Column(name = "keywords", length = 2000)
    private String keywords;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CollaborationTopic() {
    }

    CollaborationTopic(long accountId, TopicForm form, Instant createdAt) {
        this.accountId = accountId;
        this.title = form.title().strip();
        this.description = form.description().strip();
        this.descriptionLanguage = form.descriptionLanguage();
        this.kind = form.kind();
        this.fieldCode = form.field() == null ? null : form.field().code();
        this.keywords = String.join(";", form.keywords());
        this.closesOn = form.closesOn();
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    /** Open on that day: no closing date, or not yet past it. */
    boolean openOn(LocalDate day) {
        return closesOn == null || !closesOn.isBefore(day);
    }

    String title() {
        return title;
    }

    long accountId() {
        return accountId;
    }

    TopicSummary toSummary(String ownerName, long interested, boolean interestedByMe) {
        return new TopicSummary(id, new com.researchbridge.base.AccountId(accountId), ownerName, title, description,
                descriptionLanguage, kind, ResearchField.fromCode(fieldCode).orElse(null),
                keywords == null || keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(";")), closesOn,
                interested, interestedByMe);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CollaborationTopic other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return CollaborationTopic.class.hashCode();
    }
}
