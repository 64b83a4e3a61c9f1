package com.researchbridge.matching;

import java.util.Map;

/**
 * Text as the matcher reads it: language-tagged terms ({@code "ru:ледник"}, so only texts in a shared language
 * meet lexically) and the numbers of the vocabulary concepts it mentions (which meet across languages), each
 * with its weight. A concept keeps its number through administrators' vocabulary edits.
 */
public record AnalysedText(Map<String, Float> terms, Map<Integer, Float> concepts) {

    public AnalysedText {
        terms = Map.copyOf(terms);
        concepts = Map.copyOf(concepts);
    }
}
