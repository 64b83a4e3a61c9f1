package com.researchbridge.matching.engine;

import static com.researchbridge.matching.engine.SampleProfiles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One score for profiles and topics, one country rule, families as the unit of the pair score. */
class EngineSeamTest {

    private static Vocabulary vocabulary;
    private static MatchIndex index;

    private static final MatchProfile KZ_GLACIER_WITH_WORK = new MatchProfile("kz-glacier", "KZ", TextLanguage.KK, null,
            null, KZ_GLACIER.summary(), KZ_GLACIER.keywords(), null, List.of(),
            List.of(new MatchProfile.Publication("Іле Алатауы мұздықтарының масса балансы", null, 2021)), Set.of("1.5"),
            Set.of(TextLanguage.RU));
    private static final MatchProfile CN_GLACIER_WITH_WORK = new MatchProfile("cn-glacier", "CN", TextLanguage.ZH, null,
            null, CN_GLACIER.summary(), CN_GLACIER.keywords(), null, List.of(),
            List.of(new MatchProfile.Publication("天山冰川物质平衡", null, 2020)), Set.of("1.5"), Set.of(TextLanguage.RU));

    @BeforeAll
    static void build() {
        vocabulary = Vocabulary.load();
        var profiles = new ArrayList<>(ALL);
        profiles.set(0, CN_GLACIER_WITH_WORK);
        profiles.set(1, KZ_GLACIER_WITH_WORK);
        profiles.add(profile("de-glacier", "DE", TextLanguage.EN, "Glacier runoff and mass balance in the Alps.", "glacier runoff"));
        profiles.add(profile("de-glacier-2", "DE", TextLanguage.EN, "Glacier mass balance of the Tian Shan.", "glacier runoff"));
        index = MatchIndex.build(profiles, new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
    }

    @Test
    void aTopicIsScoredWithTheSameFormulaAsAProfile() {
        // The same texts as kz-glacier, as a topic: publications, fields and languages count as for the profile.
        var topic = new MatchProfile("topic:7", "KZ", TextLanguage.KK, null, null, KZ_GLACIER_WITH_WORK.summary(),
                KZ_GLACIER_WITH_WORK.keywords(), null, List.of(), KZ_GLACIER_WITH_WORK.publications(),
                KZ_GLACIER_WITH_WORK.fields(), KZ_GLACIER_WITH_WORK.spokenLanguages());
        var match = index.topMatchesFor(topic, 1, TextLanguage.EN).getFirst();
        assertThat(match.id()).isEqualTo("cn-glacier");
        assertThat(match.score()).isCloseTo(index.score("kz-glacier", "cn-glacier"), within(1e-9));
        assertThat(match.closestWork()).isNotNull();
        // "You both write in" rests on the texts (issue 12): the Chinese profile speaks Russian but is written in Chinese.
        assertThat(match.commonLanguages()).isEmpty();
    }

    @Test
    void theCountryRuleIsTheSameForProfilesTopicsAndTheProfileRecord() {
        var german = profile("de-topic", "DE", TextLanguage.EN, "Glacier runoff and mass balance.", "glacier runoff");
        assertThat(index.topMatchesFor(german, 10, TextLanguage.EN)).extracting(Match::id)
                .isNotEmpty().noneMatch(id -> id.startsWith("de-"));
        assertThat(index.topMatches("de-glacier", 10, TextLanguage.EN)).extracting(Match::id)
                .isNotEmpty().noneMatch(id -> id.startsWith("de-"));
        assertThat(index.topMatches("kz-glacier", 10, TextLanguage.EN)).extracting(Match::id)
                .allMatch(id -> id.startsWith("cn-"));
        var de = profile("de-1", "DE", null, "x");
        assertThat(KZ_GLACIER.isCandidateFor(CN_GLACIER)).isTrue();
        assertThat(KZ_WHEAT.isCandidateFor(KZ_GLACIER)).isFalse();
        assertThat(de.isCandidateFor(KZ_GLACIER)).isFalse();
        assertThat(KZ_GLACIER.isCandidateFor(de)).isTrue();
        assertThat(profile("de-2", "DE", null, "x").isCandidateFor(de)).isFalse();
        assertThat(profile("fr-1", "FR", null, "x").isCandidateFor(de)).isTrue();
    }

    @Test
    void thePairScoreIsTheSumOfItsFamiliesAndOneMoreFamilyIsOneMoreTerm() {
        var kz = index.docsFor("kz-glacier");
        var cn = index.docsFor("cn-glacier");
        var scorer = new PairScorer(MatchingWeights.DEFAULT);
        double sum = ScoreFamilies.of(MatchingWeights.DEFAULT).stream().mapToDouble(f -> f.forSeeker(kz).score(cn)).sum();
        assertThat(scorer.forSeeker(kz).score(cn)).isCloseTo(sum, within(1e-12)).isEqualTo(index.score("kz-glacier", "cn-glacier"));
        var families = new ArrayList<>(ScoreFamilies.of(MatchingWeights.DEFAULT));
        families.add(seeker -> candidate -> 0.25);
        assertThat(new PairScorer(families).forSeeker(kz).score(cn)).isCloseTo(sum + 0.25, within(1e-12));
    }

    @Test
    void publicationsCountAndTheClosestWorkIsNamedByTitle() {
        var match = index.topMatches("cn-glacier", 1, TextLanguage.EN).getFirst();
        assertThat(match.closestWork().mine()).isEqualTo("天山冰川物质平衡");
        assertThat(match.closestWork().theirs()).isEqualTo("Іле Алатауы мұздықтарының масса балансы");
        assertThat(new PublicationSimilarity(index.docsFor("cn-glacier").publications())
                .similarity(index.docsFor("kz-glacier").publications())).isGreaterThan(0);
    }

    @Test
    void exhaustiveRankingAgreesWithThePoolOnASmallCorpus() {
        // Exhaustive ranking leaves out partners with nothing in common (score 0); the pool may offer them.
        var exhaustive = MatchEngines.exhaustive(index);
        for (String id : index.ids()) {
            assertThat(exhaustive.topMatches(id, 3, TextLanguage.EN)).extracting(Match::id)
                    .isEqualTo(index.topMatches(id, 3, TextLanguage.EN).stream().filter(m -> m.score() > 0).map(Match::id).toList());
        }
    }
}
