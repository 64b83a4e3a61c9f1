package com.researchbridge.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.MatchStrength;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.BroadConcepts;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 7 over the demo's researchers: generic concepts (algorithms, modelling, meteorology,
 * productivity) weigh little, a suggestion with no specific shared topic is weak and comes after all others.
 */
class GenericConceptsTest {

    static final String KZ_MATHEMATICIAN = "sayat.usenov@kaznu.example"; // Hardy inequalities, Lorentz spaces
    static final String CN_MATHEMATICIAN = "jie.wang@amss.example"; // inverse problems, regularisation
    static final String CN_HARMONIC_ANALYST = "kai.huang@pku.example"; // function spaces
    static final String HEPATITIS_CLINICIAN = "timur.zhumabay@kaznmu.example";
    static final String RELAY_PROTECTION = "saule.ergali@satbayev.example";
    static final String CRYPTOGRAPHER = "asel.satybaldieva@enu.example";
    static final String INVERSE_PROBLEMS_KZ = "dana.yskakova@immm.example";

    static Map<String, MatchProfile> profiles;
    static MatchIndex index;
    static Vocabulary vocabulary;

    @BeforeAll
    static void build() {
        profiles = DemoProfiles.load();
        vocabulary = Vocabulary.load();
        index = MatchIndex.build(new ArrayList<>(profiles.values()), new FeatureExtractor(vocabulary), vocabulary,
                MatchingWeights.DEFAULT);
    }

    @Test
    void theBroadListNamesRealConceptsAndTheIssuesExamples() {
        assertThat(BroadConcepts.ids()).allSatisfy(id -> assertThat(vocabulary.byId(id)).as(id).isPresent());
        assertThat(BroadConcepts.ids()).contains("algorithms_data_structures", "mathematical_modeling", "meteorology",
                "productivity_tfp");
        assertThat(BroadConcepts.ids()).doesNotContain("glaciology", "inverse_problems", "function_spaces");
    }

    @Test
    void theChineseMathematicianIsNotOfferedUnrelatedFieldsOnAlgorithmsAlone() {
        var top = index.topMatches(CN_MATHEMATICIAN, 12, TextLanguage.EN);
        assertThat(top.getFirst().id()).isEqualTo(INVERSE_PROBLEMS_KZ);
        assertThat(top.getFirst().strength()).isEqualTo(MatchStrength.STRONG);
        for (var unrelated : List.of(HEPATITIS_CLINICIAN, RELAY_PROTECTION, CRYPTOGRAPHER)) {
            assertThat(top).filteredOn(m -> m.id().equals(unrelated))
                    .allSatisfy(m -> assertThat(m.strength()).as(unrelated).isEqualTo(MatchStrength.WEAK));
            // "algorithms" alone: less than the same field and a common language give (0.08)
            assertThat(index.score(CN_MATHEMATICIAN, unrelated)).as(unrelated).isLessThan(0.05);
        }
    }

    @Test
    void theKazakhMathematicianGetsTheRealNeighbourFirstAndTheRestOfTheFieldAsWeak() {
        var top = index.topMatches(KZ_MATHEMATICIAN, 12, TextLanguage.KK);
        assertThat(top.getFirst().id()).isEqualTo(CN_HARMONIC_ANALYST);
        assertThat(top.getFirst().strength()).isNotEqualTo(MatchStrength.WEAK);
        // the other Chinese mathematicians share a field and a language, no topic
        assertThat(top.subList(1, top.size())).filteredOn(m -> m.sharedConcepts().isEmpty())
                .isNotEmpty().allSatisfy(m -> assertThat(m.strength()).isEqualTo(MatchStrength.WEAK));
    }

    @Test
    void everyDemoResearchersWeakSuggestionsComeAfterAllOthersAndCarryNoSpecificTopic() {
        var explanations = new Explanations(vocabulary);
        for (String id : profiles.keySet()) {
            var top = index.topMatches(id, 12, TextLanguage.EN);
            boolean weakSeen = false;
            for (Match m : top) {
                weakSeen |= m.strength() == MatchStrength.WEAK;
                assertThat(weakSeen && m.strength() != MatchStrength.WEAK).as(id + " -> " + m.id()).isFalse();
                if (m.strength() == MatchStrength.WEAK) {
                    var e = explanations.forSeeker(index.docsFor(id), TextLanguage.EN).evidence(index.docsFor(m.id()));
                    assertThat(e.specificConcepts()).isZero();
                }
            }
        }
    }

    @Test
    void strengthFollowsTheEvidence() {
        assertThat(new Evidence(0, 0, 0, 0).strength()).isEqualTo(MatchStrength.WEAK);
        assertThat(new Evidence(0, 0, 0.05, 0.1).strength()).isEqualTo(MatchStrength.WEAK);
        assertThat(new Evidence(1, 0.05, 0, 0).strength()).isEqualTo(MatchStrength.POSSIBLE);
        assertThat(new Evidence(1, 0.15, 0, 0).strength()).isEqualTo(MatchStrength.GOOD);
        assertThat(new Evidence(3, 0.5, 0, 0).strength()).isEqualTo(MatchStrength.STRONG);
        assertThat(new Evidence(0, 0, 0, 0.6).strength()).isEqualTo(MatchStrength.STRONG);
        assertThat(new Evidence(0, 0, 0.2, 0).strength()).isEqualTo(MatchStrength.GOOD);
        assertThat(MatchStrength.WEAK.proposable()).isFalse();
        assertThat(MatchStrength.POSSIBLE.proposable()).isTrue();
    }
}
