package com.researchbridge.matching.vocabulary;

import com.researchbridge.matching.text.TextLanguage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Finds vocabulary concepts in analysed text. Every label is analysed with the same chain as profile text
 * (so "ледников" meets the label "ледник"), and a text's terms are scanned for the longest label starting at
 * each position. A label of one language is looked for only in text of that language; labels are phrases, so
 * "баланс массы ледника" is found as one concept, not three words.
 */
public final class ConceptMatcher {

    /** Term sequences of labels, keyed by their first term, longest first. */
    private final Map<TextLanguage, Map<String, List<Label>>> labelsByFirstTerm = new EnumMap<>(TextLanguage.class);

    private record Label(String[] terms, int concept) {
    }

    public ConceptMatcher(Vocabulary vocabulary, BiFunction<String, TextLanguage, List<String>> analyzer) {
        for (Concept concept : vocabulary.concepts()) {
            concept.labels().forEach((language, variants) -> {
                for (String variant : variants) {
                    var terms = analyzer.apply(variant, language);
                    if (!terms.isEmpty()) {
                        labelsByFirstTerm.computeIfAbsent(language, l -> new HashMap<>())
                                .computeIfAbsent(terms.getFirst(), t -> new ArrayList<>())
                                .add(new Label(terms.toArray(String[]::new), concept.index()));
                    }
                }
            });
        }
        labelsByFirstTerm.values().forEach(map -> map.values()
                .forEach(list -> list.sort((a, b) -> Integer.compare(b.terms.length, a.terms.length))));
    }

    /**
     * Indexes of the concepts found in the terms, once per occurrence. At each position the longest label
     * starting there counts, unless it lies wholly inside a label already found: so "天山冰川径流" yields both
     * "天山冰川" and the overlapping "冰川径流", but not the "径流" inside them.
     */
    public List<Integer> find(List<String> terms, TextLanguage language) {
        var labels = labelsByFirstTerm.getOrDefault(language, Map.of());
        var found = new ArrayList<Integer>();
        int coveredUntil = 0;
        for (int i = 0; i < terms.size(); i++) {
            for (Label label : labels.getOrDefault(terms.get(i), List.of())) {
                if (matchesAt(terms, i, label.terms)) {
                    if (i + label.terms.length > coveredUntil) {
                        found.add(label.concept);
                        coveredUntil = i + label.terms.length;
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> terms, int start, String[] label) {
        if (start + label.length > terms.size()) {
            return false;
        }
        for (int k = 0; k < label.length; k++) {
            if (!terms.get(start + k).equals(label[k])) {
                return false;
            }
        }
        return true;
    }
}
