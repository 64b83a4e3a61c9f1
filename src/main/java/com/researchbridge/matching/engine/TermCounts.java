package com.researchbridge.matching.engine;

import java.util.HashMap;
import java.util.Map;

/** Raw, weighted term counts of one text unit (a profile or a publication) before TF-IDF. */
final class TermCounts {

    final Map<Integer, Float> concepts = new HashMap<>();
    final Map<String, Float> lexical = new HashMap<>();

    void addConcept(int concept, float weight) {
        concepts.merge(concept, weight, Float::sum);
    }

    void addTerm(String term, float weight) {
        lexical.merge(term, weight, Float::sum);
    }

    void addAll(TermCounts other) {
        other.concepts.forEach(this::addConcept);
        other.lexical.forEach(this::addTerm);
    }

    boolean isEmpty() {
        return concepts.isEmpty() && lexical.isEmpty();
    }
}
