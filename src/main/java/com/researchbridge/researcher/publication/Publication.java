package com.researchbridge.researcher.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A researcher's publication. */
@Entity
@Table(name = "publication")
class Publication {

    enum Source { BIBTEX, RIS, ORCID, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @Column(name = "normalized_title", nullable = false, length = 1000)
    private String normalizedTitle;

    @Column(name = "abstract_text", length = 20000)
    private String abstractText;

    @Column(name = "pub_year")
    private Integer year;

    @Column(name = "venue", length = 500)
    private String venue;

    @Column(name = "doi", length = 200)
    private String doi;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private Source source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Publication() {
    }

    Publication(long accountId, PublicationData data, Source source, Instant createdAt) {
        this.accountId = accountId;
        this.title = data.title();
        this.normalizedTitle = PublicationData.normalizeTitle(data.title());
        this.abstractText = data.abstractText();
        this.year = data.year();
        this.venue = data.venue();
        this.doi = PublicationData.normalizeDoi(data.doi());
        this.source = source;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    String normalizedTitle() {
        return normalizedTitle;
    }

    String doi() {
        return doi;
    }

    PublicationData data() {
        return new PublicationData(title, abstractText, year, venue, doi);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Publication other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Publication.class.hashCode();
    }
}
