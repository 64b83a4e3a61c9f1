package com.researchbridge.matching.engine;

import java.util.HashMap;
import java.util.Map;

/** Raw, weighted term counts of one text unit (a profile or a publication) before TF-IDF. */
final class TermCounts {

    final Map<Integer, Float> concepts = new HashMap<>();
    final Map<String, Float> lexical = new HashMap<>();
    /**
     * Terms in the English analysis space ({@code "en:glacier"}): the bilingual pivots of the unit's Chinese,
     * Russian and Kazakh words, and its English words themselves (see {@link PivotFamily}).
     */
    final Map<String, Float> pivots = new HashMap<>();
    /** For each pivot term, the strongest single pivot that reached it: what a reason can show. */
    final Map<String, PivotEvidence> pivotEvidence = new HashMap<>();

    void addConcept(int concept, float weight) {
        concepts.merge(concept, weight, Float::sum);
    }

    void addTerm(String term, float weight) {
        lexical.merge(term, weight, Float::sum);
    }

    void addPivot(String term, float weight, PivotEvidence evidence) {
        pivots.merge(term, weight, Float::sum);
        if (evidence != null) {
            pivotEvidence.merge(term, evidence, PivotEvidence::stronger);
        }
    }

    void addAll(TermCounts other) {
        other.concepts.forEach(this::addConcept);
        other.lexical.forEach(this::addTerm);
        other.pivots.forEach((term, w) -> addPivot(term, w, other.pivotEvidence.get(term)));
    }

    boolean isEmpty() {
        return concepts.isEmpty() && lexical.isEmpty();
    }
}
