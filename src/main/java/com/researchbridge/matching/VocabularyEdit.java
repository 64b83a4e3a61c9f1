package com.researchbridge.matching;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.ConceptEdit;
import com.researchbridge.matching.vocabulary.Vocabulary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An administrator's change to one vocabulary concept, kept in the database on top of the reviewed files. */
@Entity
@Table(name = "vocabulary_edit")
class VocabularyEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concept_id", nullable = false, unique = true, length = 80)
    private String conceptId;

    @Column(name = "field_code", nullable = false, length = 10)
    private String fieldCode;

    @Column(name = "labels_en", length = 1000)
    private String labelsEn;

    @Column(name = "labels_ru", length = 1000)
    private String labelsRu;

    @Column(name = "labels_kk", length = 1000)
    private String labelsKk;

    @Column(name = "labels_zh", length = 1000)
    private String labelsZh;

    @Column(name = "removed", nullable = false)
    private boolean removed;

    @Column(name = "edited_by", nullable = false)
    private long editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VocabularyEdit() {
    }

    VocabularyEdit(String conceptId) {
        this.conceptId = conceptId;
    }

    void change(String fieldCode, Map<TextLanguage, List<String>> labels, long editor, Instant now) {
        this.fieldCode = fieldCode;
        this.labelsEn = cell(labels, TextLanguage.EN);
        this.labelsRu = cell(labels, TextLanguage.RU);
        this.labelsKk = cell(labels, TextLanguage.KK);
        this.labelsZh = cell(labels, TextLanguage.ZH);
        this.removed = false;
        this.editedBy = editor;
        this.editedAt = now;
    }

    void remove(String fieldCode, long editor, Instant now) {
        this.fieldCode = fieldCode;
        this.removed = true;
        this.editedBy = editor;
        this.editedAt = now;
    }

    String conceptId() {
        return conceptId;
    }

    Instant editedAt() {
        return editedAt;
    }

    boolean removed() {
        return removed;
    }

    ConceptEdit toEdit() {
        var labels = new EnumMap<TextLanguage, List<String>>(TextLanguage.class);
        labels.put(TextLanguage.EN, Vocabulary.labelsOf(labelsEn));
        labels.put(TextLanguage.RU, Vocabulary.labelsOf(labelsRu));
        labels.put(TextLanguage.KK, Vocabulary.labelsOf(labelsKk));
        labels.put(TextLanguage.ZH, Vocabulary.labelsOf(labelsZh));
        return new ConceptEdit(conceptId, fieldCode, labels, removed);
    }

    private static String cell(Map<TextLanguage, List<String>> labels, TextLanguage language) {
        var list = labels.getOrDefault(language, List.of());
        return list.isEmpty() ? null : String.join(" | ", list);
    }
}
