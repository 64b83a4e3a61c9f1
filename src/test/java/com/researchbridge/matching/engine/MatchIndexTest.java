package com.researchbridge.matching.engine;

import static com.researchbridge.matching.engine.SampleProfiles.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchIndexTest {

    private static Vocabulary vocabulary;
    private static MatchIndex index;

    @BeforeAll
    static void buildIndex() {
        vocabulary = Vocabulary.load();
        index = MatchIndex.build(ALL, new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
    }

    @Test
    void aChangedProfileIsUpdatedAloneAndTheOldIndexStaysAsItWas() {
        // The Kazakh earthquake researcher turns to glacier runoff: the Chinese glacier profile now finds them.
        var changed = profile("kz-quake", "KZ", TextLanguage.RU,
                "Ледниковый сток и баланс массы ледников Тянь-Шаня, таяние ледников и паводки.", "ледниковый сток", "ледники");
        var updated = index.withProfile("kz-quake", changed);
        assertThat(updated.topMatches("cn-glacier", 3, TextLanguage.EN)).extracting(Match::id).contains("kz-quake");
        assertThat(updated.score("cn-quake", "kz-quake")).isLessThan(index.score("cn-quake", "kz-quake") / 2);
        assertThat(updated.score("cn-glacier", "kz-quake")).isGreaterThan(index.score("cn-glacier", "kz-quake") * 2);
        assertThat(updated.updatesSinceBuild()).isEqualTo(1);
        assertThat(index.topMatches("cn-quake", 1, TextLanguage.EN).getFirst().id()).isEqualTo("kz-quake");
        assertThat(index.topMatches("cn-glacier", 1, TextLanguage.EN).getFirst().id()).isEqualTo("kz-glacier");
    }

    @Test
    void aProfileUpdatedWithItselfScoresAsInAFullBuild() {
        var updated = index.withProfile("kz-wheat", KZ_WHEAT);
        for (String id : List.of("cn-wheat", "cn-glacier", "cn-quake")) {
            assertThat(updated.score(id, "kz-wheat")).isCloseTo(index.score(id, "kz-wheat"), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aProfileTakenOutIsNoLongerACandidateAndANewOneIsFound() {
        var without = index.withProfile("kz-glacier", null);
        assertThat(without.ids()).doesNotContain("kz-glacier");
        assertThat(without.size()).isEqualTo(index.size() - 1);
        assertThat(without.topMatches("cn-glacier", 10, TextLanguage.EN)).extracting(Match::id).doesNotContain("kz-glacier");
        assertThat(without.topMatches("kz-glacier", 3, TextLanguage.EN)).isEmpty();

        var newcomer = profile("kz-new", "KZ", TextLanguage.KK,
                "Тянь-Шань мұздықтарының ағындысы мен масса балансын зерттеймін.", "мұздық ағындысы");
        var with = without.withProfile("kz-new", newcomer);
        assertThat(with.size()).isEqualTo(index.size());
        assertThat(with.topMatches("cn-glacier", 1, TextLanguage.EN).getFirst().id()).isEqualTo("kz-new");
        assertThat(with.topMatches("kz-new", 1, TextLanguage.EN).getFirst().id()).isEqualTo("cn-glacier");
    }

    @Test
    void aProfileSharingNoWordWithAnyoneStillGetsCandidatesOfItsField() {
        var lonely = new MatchProfile("kz-lonely", "KZ", TextLanguage.RU, null, null, "Квазикристаллы.", List.of(), null,
                List.of(), List.of(), java.util.Set.of("1.5"), java.util.Set.of());
        var sameField = new MatchProfile("cn-earth", "CN", TextLanguage.ZH, null, null, "研究冰川。", List.of(), null,
                List.of(), List.of(), java.util.Set.of("1.5"), java.util.Set.of());
        var otherField = new MatchProfile("cn-medicine", "CN", TextLanguage.ZH, null, null, "研究疫苗。", List.of(), null,
                List.of(), List.of(), java.util.Set.of("3.1"), java.util.Set.of());
        var small = MatchIndex.build(List.of(lonely, sameField, otherField), new FeatureExtractor(vocabulary), vocabulary,
                MatchingWeights.DEFAULT);
        assertThat(small.topMatches("kz-lonely", 5, TextLanguage.EN)).extracting(Match::id).containsExactly("cn-earth");
    }

    @Test
    void aChineseAndAKazakhGlacierRunoffProfileRankEachOtherFirst() {
        assertThat(index.topMatches("cn-glacier", 3, TextLanguage.EN).getFirst().id()).isEqualTo("kz-glacier");
        assertThat(index.topMatches("kz-glacier", 3, TextLanguage.EN).getFirst().id()).isEqualTo("cn-glacier");
    }

    @Test
    void partnersAreFoundAcrossChineseAndRussianToo() {
        assertThat(index.topMatches("cn-wheat", 1, TextLanguage.EN).getFirst().id()).isEqualTo("kz-wheat");
        assertThat(index.topMatches("kz-quake", 1, TextLanguage.EN).getFirst().id()).isEqualTo("cn-quake");
    }

    @Test
    void candidatesComeOnlyFromTheOtherCountry() {
        assertThat(index.topMatches("cn-glacier", 10, TextLanguage.EN)).extracting(Match::id)
                .allMatch(id -> id.startsWith("kz-"));
    }

    @Test
    void reasonsNameTheSharedConceptsInTheReadersLanguage() {
        var chinese = index.topMatches("kz-glacier", 1, TextLanguage.ZH).getFirst();
        var kazakh = index.topMatches("cn-glacier", 1, TextLanguage.KK).getFirst();
        assertThat(chinese.sharedConcepts()).contains("冰川径流");
        assertThat(kazakh.sharedConcepts()).contains("мұздық ағындысы");
    }

    @Test
    void matchesAreOrderedByScoreAndTheScoreCommandAgrees() {
        var matches = index.topMatches("cn-quake", 3, TextLanguage.EN);
        var scores = new ArrayList<Double>();
        matches.forEach(m -> scores.add(m.score() - (m.strength() == com.researchbridge.matching.MatchStrength.WEAK ? 10 : 0)));
        assertThat(scores).as("by score, weak ones (no specific shared topic) last").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(index.score("cn-quake", matches.getFirst().id())).isEqualTo(matches.getFirst().score());
    }

    @Test
    void anEmptyProfileGetsNoMatchesAndBreaksNothing() {
        assertThat(index.topMatches("cn-empty", 5, TextLanguage.EN)).isEmpty();
        assertThat(index.topMatches("unknown", 5, TextLanguage.EN)).isEmpty();
    }

    @Test
    void hugeMixedScriptInputIsBounded() {
        String noise = "<b>冰川</b> 🙂 мұздық glacier ".repeat(50_000);
        var big = SampleProfiles.profile("kz-big", "KZ", null, noise);
        var small = MatchIndex.build(List.of(big, CN_GLACIER), new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
        assertThat(small.topMatches("kz-big", 1, TextLanguage.EN)).extracting(Match::id).containsExactly("cn-glacier");
    }
}
