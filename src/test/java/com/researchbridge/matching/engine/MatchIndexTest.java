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
        matches.forEach(m -> scores.add(m.score()));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
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
