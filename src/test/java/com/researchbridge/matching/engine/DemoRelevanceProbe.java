package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Prints the demo's suggestions for a few researchers (run by hand: -Dtest=DemoRelevanceProbe -Dprobe=a,b). */
class DemoRelevanceProbe {

    @Test
    void print() {
        var profiles = DemoProfiles.load();
        var vocabulary = Vocabulary.load();
        var engine = MatchIndex.build(new ArrayList<>(profiles.values()), new FeatureExtractor(vocabulary), vocabulary,
                MatchingWeights.DEFAULT);
        var explanations = new Explanations(vocabulary);
        for (String who : System.getProperty("probe", "sayat.usenov@kaznu.example,kai.huang@pku.example").split(",")) {
            System.out.println("== " + who + " " + profiles.get(who).keywords());
            var explain = explanations.forSeeker(engine.docsFor(who), TextLanguage.EN);
            for (Match m : engine.topMatches(who, 15, TextLanguage.EN)) {
                var e = explain.evidence(engine.docsFor(m.id()));
                System.out.printf("  %.3f %-8s %d %.2f %.2f %.2f %-38s %s %s %s%n", m.score(), m.strength(),
                        e.specificConcepts(), e.specificConceptCosine(), e.words(), e.closestWork(), m.id(),
                        profiles.get(m.id()).fields(), m.sharedConcepts(), profiles.get(m.id()).keywords().subList(0, 2));
            }
        }
    }
}
