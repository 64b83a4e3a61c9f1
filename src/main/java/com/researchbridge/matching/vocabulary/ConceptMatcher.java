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
    /** Multi-term labels keyed by their rarest-looking (longest) term, for the word-order-free pass. */
    private final Map<TextLanguage, Map<String, List<Label>>> labelsByAnchorTerm = new EnumMap<>(TextLanguage.class);

    private record Label(String[] terms, int concept) {
    }

    public ConceptMatcher(Vocabulary vocabulary, BiFunction<String, TextLanguage, List<String>> analyzer) {
        for (Concept concept : vocabulary.concepts()) {
            concept.labels().forEach((language, variants) -> {
                for (String variant : variants) {
                    var terms = analyzer.apply(variant, language);
                    if (isReliable(variant, terms, language)) {
                        labelsByFirstTerm.computeIfAbsent(language, l -> new HashMap<>())
                                .computeIfAbsent(terms.getFirst(), t -> new ArrayList<>())
                                .add(new Label(terms.toArray(String[]::new), concept.index()));
                        if (terms.size() > 1 && (language == TextLanguage.RU || language == TextLanguage.KK)
                                && terms.stream().allMatch(t -> t.length() > 3)) {
                            String anchor = terms.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                            labelsByAnchorTerm.computeIfAbsent(language, l -> new HashMap<>())
                                    .computeIfAbsent(anchor, t -> new ArrayList<>())
                                    .add(new Label(terms.toArray(String[]::new), concept.index()));
                        }
                    }
                }
            });
        }
        labelsByFirstTerm.values().forEach(map -> map.values()
                .forEach(list -> list.sort((a, b) -> Integer.compare(b.terms.length, a.terms.length))));
    }

    /**
     * A label variant is left out when analysis blurs it: when function words were dropped from it
     * ("группы Ли" would shrink to the everyday "групп"), or when it shrinks to one short term that ordinary
     * words share ("сап", "мыт"), unless it is written as an upper-case abbreviation ("ДЗЗ", "PCR").
     */
    static boolean isReliable(String variant, List<String> terms, TextLanguage language) {
        if (terms.isEmpty()) {
            return false;
        }
        if (language == TextLanguage.ZH) {
            return true;
        }
        String label = variant.strip();
        long words = java.util.Arrays.stream(label.split("[\\s\\-–/]+"))
                .filter(w -> w.codePoints().filter(Character::isLetter).count() > 1).count();
        if (terms.size() < words) {
            return false;
        }
        boolean abbreviation = label.length() >= 2 && label.equals(label.toUpperCase(java.util.Locale.ROOT))
                && label.chars().anyMatch(Character::isLetter);
        return terms.size() > 1 || terms.getFirst().length() > 3 || abbreviation;
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
        findReordered(terms, language, found);
        return found;
    }

    /**
     * Every concept whose label occurs, nested ones included ("冰川径流" also yields "冰川" and "径流"): for
     * search queries, where a broader concept should still find people.
     */
    public List<Integer> findAll(List<String> terms, TextLanguage language) {
        var labels = labelsByFirstTerm.getOrDefault(language, Map.of());
        var found = new java.util.LinkedHashSet<Integer>();
        for (int i = 0; i < terms.size(); i++) {
            for (Label label : labels.getOrDefault(terms.get(i), List.of())) {
                if (matchesAt(terms, i, label.terms)) {
                    found.add(label.concept);
                }
            }
        }
        var result = new ArrayList<>(found);
        findReordered(terms, language, result);
        return result;
    }

    /**
     * Russian and Kazakh (free word order, rich inflection) phrases change word order and insert words ("баланс массы ледников" is also written
     * "массовый баланс ледника", "ледники: баланс массы"): a multi-term label also counts when all its terms
     * occur within a short window, in any order — once per text, if the exact pass did not find it. Labels
     * with short stems are left to the exact pass: short stems are shared by unrelated words.
     */
    private void findReordered(List<String> terms, TextLanguage language, List<Integer> found) {
        var anchors = labelsByAnchorTerm.getOrDefault(language, Map.of());
        if (anchors.isEmpty()) {
            return;
        }
        var seen = new java.util.HashSet<>(found);
        for (int i = 0; i < terms.size(); i++) {
            for (Label label : anchors.getOrDefault(terms.get(i), List.of())) {
                if (!seen.contains(label.concept) && allWithinWindow(terms, i, label.terms)) {
                    found.add(label.concept);
                    seen.add(label.concept);
                }
            }
        }
    }

    private static boolean allWithinWindow(List<String> terms, int anchorAt, String[] label) {
        int window = label.length + 2;
        int from = Math.max(0, anchorAt - window);
        int to = Math.min(terms.size(), anchorAt + window + 1);
        for (String term : label) {
            if (!terms.subList(from, to).contains(term)) {
                return false;
            }
        }
        return true;
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
