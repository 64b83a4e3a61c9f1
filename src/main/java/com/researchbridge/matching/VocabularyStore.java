package com.researchbridge.matching;

import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The vocabulary in use: the reviewed files plus the administrators' edits from the database. After an edit
 * the text analysis reads with the new vocabulary at once, and the indexes are rebuilt
 * ({@link VocabularyChanged}).
 */
@Component
class VocabularyStore {

    private final Vocabulary files;
    private final FeatureExtractor extractor;
    private final VocabularyEditRepository edits;
    private volatile Vocabulary current;

    VocabularyStore(Vocabulary files, FeatureExtractor extractor, VocabularyEditRepository edits) {
        this.files = files;
        this.extractor = extractor;
        this.edits = edits;
        reload();
    }

    Vocabulary files() {
        return files;
    }

    Vocabulary current() {
        return current;
    }

    /** Applies the stored edits, oldest first, on top of the files. */
    synchronized void reload() {
        var edited = files.withEdits(edits.findAllByOrderByIdAsc().stream().map(VocabularyEdit::toEdit).toList());
        extractor.useVocabulary(edited);
        current = edited;
    }

    /** Tells the indexes that concepts changed. */
    record VocabularyChanged() {
    }
}
