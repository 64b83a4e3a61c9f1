package com.researchbridge.matching.vocabulary;

import com.researchbridge.matching.text.TextLanguage;
import java.util.List;
import java.util.Map;

/** A research concept with its labels (preferred first, then variants) in each language. */
public record Concept(int index, String id, String field, Map<TextLanguage, List<String>> labels) {

    /** The preferred label for a reader; English when the reader's language has none. */
    public String label(TextLanguage language) {
        var own = labels.getOrDefault(language, List.of());
        if (!own.isEmpty()) {
            return own.getFirst();
        }
        return labels.getOrDefault(TextLanguage.EN, List.of(id)).getFirst();
    }
}
