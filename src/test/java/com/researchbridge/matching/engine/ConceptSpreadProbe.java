package com.researchbridge.matching.engine;

import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prints the vocabulary concepts the demo profiles use in the most fields (a reading aid for the broad list). */
class ConceptSpreadProbe {

    @Test
    void print() {
        var vocabulary = Vocabulary.load();
        var extractor = new FeatureExtractor(vocabulary);
        var fields = new HashMap<Integer, Set<String>>();
        var df = new HashMap<Integer, Integer>();
        for (var p : DemoProfiles.load().values()) {
            for (int c : extractor.features(p).concepts().keySet()) {
                fields.computeIfAbsent(c, k -> new HashSet<>()).addAll(p.fields());
                df.merge(c, 1, Integer::sum);
            }
        }
        fields.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> System.out.printf("%3d %3d %-40s %s%n", e.getValue().size(), df.get(e.getKey()),
                        vocabulary.get(e.getKey()).id(), vocabulary.get(e.getKey()).field()));
    }
}
