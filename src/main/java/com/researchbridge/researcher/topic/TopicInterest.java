package com.researchbridge.researcher.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A researcher said they are interested in a topic. */
@Entity
@Table(name = "topic_interest")
class TopicInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TopicInterest() {
    }

    TopicInterest(long topicId, long accountId, Instant createdAt) {
        this.topicId = topicId;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopicInterest other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TopicInterest.class.hashCode();
    }
}
