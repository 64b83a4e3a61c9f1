package com.researchbridge.matching.bridge.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much an English stem stands for a dictionary word: a word with k senses gives each sense 1/√k, a sense
 * of n stems gives each stem its share 1/√n; a stem in several senses adds up, to at most 1. So a specific
 * word (冰川 "glacier") pivots with weight 1, an ambiguous character (反, thirteen senses) with little.
 */
final class SenseWeights {

    static final int MAX_STEMS_PER_WORD = 12;

    private SenseWeights() {
    }

    static Map<String, Float> of(List<List<String>> senses) {
        var weights = new LinkedHashMap<String, Float>();
        if (senses.isEmpty()) {
            return weights;
        }
        float senseWeight = (float) (1 / Math.sqrt(senses.size()));
        for (List<String> sense : senses) {
            float stemWeight = (float) (senseWeight / Math.sqrt(sense.size()));
            for (String stem : sense) {
                weights.merge(stem, stemWeight, (a, b) -> Math.min(1f, a + b));
            }
        }
        return top(weights, MAX_STEMS_PER_WORD);
    }

    static Map<String, Float> top(Map<String, Float> weights, int limit) {
        var result = new LinkedHashMap<String, Float>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
