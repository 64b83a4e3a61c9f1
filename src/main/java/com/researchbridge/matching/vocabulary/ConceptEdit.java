package com.researchbridge.matching.vocabulary;

import com.researchbridge.matching.text.TextLanguage;
import java.util.List;
import java.util.Map;

/**
 * An administrator's change to one concept of the vocabulary: new labels for a concept of the files, a new
 * concept, or the removal of one.
 */
public record ConceptEdit(String id, String field, Map<TextLanguage, List<String>> labels, boolean removed) {

    public ConceptEdit {
        labels = Map.copyOf(labels);
    }
}
