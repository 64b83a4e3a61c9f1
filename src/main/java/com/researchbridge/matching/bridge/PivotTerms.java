package com.researchbridge.matching.bridge;

import java.util.List;
import java.util.Map;

/**
 * The English pivot terms of a text: {@code weights} sums each English term's pivot weight over the text's
 * terms (a term said twice pivots twice, as term counts do); {@code pivots} lists each distinct pivot once,
 * strongest first, for explanations.
 */
public record PivotTerms(Map<String, Float> weights, List<Pivot> pivots) {

    public static final PivotTerms NONE = new PivotTerms(Map.of(), List.of());

    public boolean isEmpty() {
        return weights.isEmpty();
    }
}
