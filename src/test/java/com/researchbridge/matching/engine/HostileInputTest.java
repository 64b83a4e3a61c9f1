package com.researchbridge.matching.engine;

import static com.researchbridge.matching.engine.SampleProfiles.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inputs that could exhaust memory or time: the engine stays bounded, does not fail and still answers right. */
class HostileInputTest {

    private static Vocabulary vocabulary;
    private static FeatureExtractor extractor;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.load();
        extractor = new FeatureExtractor(vocabulary);
    }

    private MatchIndex build(List<MatchProfile> profiles) {
        return MatchIndex.build(profiles, extractor, vocabulary, MatchingWeights.DEFAULT);
    }

    private static MatchProfile withPublications(MatchProfile p, List<MatchProfile.Publication> publications) {
        return new MatchProfile(p.id(), p.country(), p.language(), null, null, p.summary(), p.keywords(), null, List.of(),
                publications, p.fields(), p.spokenLanguages());
    }

    @Test
    void fiveHundredPublicationsCostNoMoreThanTheFiftyThatAreRead() {
        var many = new ArrayList<MatchProfile.Publication>();
        for (int i = 0; i < 500; i++) {
            many.add(new MatchProfile.Publication("Мұздық ағындысы " + i, "Тянь-Шань мұздықтарының масса балансы " + i, 2020));
        }
        var prolific = withPublications(KZ_GLACIER, many);
        var index = build(List.of(prolific, CN_GLACIER, CN_WHEAT));
        var capped = build(List.of(withPublications(KZ_GLACIER, many.subList(0, FeatureExtractor.MAX_PUBLICATIONS)),
                CN_GLACIER, CN_WHEAT));
        assertThat(index.structureSize()).isEqualTo(capped.structureSize());
        assertThat(index.topMatches("kz-glacier", 1, TextLanguage.EN).getFirst().id()).isEqualTo("cn-glacier");
    }

    @Test
    void aMegabyteAbstractAndTitleAreReadButNotKept() {
        String huge = "мұздық ағындысы масса балансы Тянь-Шань ".repeat(26_000);
        var glacierWork = new MatchProfile.Publication("冰川径流与物质平衡", "天山冰川物质平衡及冰川径流。", 2021);
        var cn = withPublications(CN_GLACIER, List.of(glacierWork));
        var kz = withPublications(KZ_GLACIER, List.of(new MatchProfile.Publication(huge, huge, 2022)));
        var index = build(List.of(kz, cn, CN_QUAKE));
        var match = index.topMatches("cn-glacier", 1, TextLanguage.EN).getFirst();
        assertThat(match.id()).isEqualTo("kz-glacier");
        assertThat(match.closestWork()).isNotNull();
        assertThat(match.closestWork().theirs().length()).isLessThanOrEqualTo(Vectoriser.MAX_TITLE_CHARS);
    }

    @Test
    void aCountryWithFiveProfilesBesideThousandsOfTheOtherGetsThemAllAndOnlyThem() {
        var profiles = new ArrayList<MatchProfile>();
        for (int i = 0; i < 3_000; i++) {
            profiles.add(profile("cn-" + i, "CN", TextLanguage.ZH, "研究天山冰川径流和物质平衡。", "冰川径流"));
        }
        for (int i = 0; i < 5; i++) {
            profiles.add(profile("kz-" + i, "KZ", TextLanguage.RU, "Изучаю ледниковый сток Тянь-Шаня.", "ледниковый сток"));
        }
        var index = build(profiles);
        assertThat(index.topMatches("cn-17", 10, TextLanguage.EN)).extracting(Match::id)
                .containsExactlyInAnyOrder("kz-0", "kz-1", "kz-2", "kz-3", "kz-4");
        assertThat(index.topMatches("kz-3", 10, TextLanguage.EN)).hasSize(10).extracting(Match::id)
                .allMatch(id -> id.startsWith("cn-"));
        var topic = profile("topic:1", "KZ", TextLanguage.RU, "Ледниковый сток", "ледниковый сток");
        assertThat(index.topMatchesFor(topic, 10, TextLanguage.EN)).hasSize(10).extracting(Match::id)
                .allMatch(id -> id.startsWith("cn-"));
    }

    @Test
    void anEmptyCorpusAnswersEmptyAndTakesAFirstProfile() {
        var empty = build(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.ids()).isEmpty();
        assertThat(empty.topMatches("anyone", 10, TextLanguage.EN)).isEmpty();
        assertThat(empty.topMatchesFor(CN_GLACIER, 10, TextLanguage.EN)).isEmpty();
        assertThat(empty.score("a", "b")).isZero();
        assertThat(MatchEngines.exhaustive(empty).topMatches("anyone", 10, TextLanguage.EN)).isEmpty();
        var one = empty.withProfile("cn-glacier", CN_GLACIER).withProfile("kz-glacier", KZ_GLACIER);
        assertThat(one.size()).isEqualTo(2);
        assertThat(one.topMatches("cn-glacier", 10, TextLanguage.EN)).extracting(Match::id).containsExactly("kz-glacier");
    }

    @Test
    void tenThousandUpdatesOfOneProfileLeaveTheIndexTheSameSize() {
        var index = build(ALL);
        var other = profile("kz-wheat", "KZ", TextLanguage.RU, "Ледниковый сток Тянь-Шаня и баланс массы ледников.", "ледники");
        MatchIndex current = index.withProfile("kz-wheat", other).withProfile("kz-wheat", KZ_WHEAT);
        long size = current.structureSize();
        for (int i = 0; i < 10_000; i++) {
            current = current.withProfile("kz-wheat", i % 2 == 0 ? other : KZ_WHEAT);
        }
        assertThat(current.structureSize()).isEqualTo(size);
        assertThat(current.updatesSinceBuild()).isEqualTo(10_002);
        assertThat(current.topMatches("cn-wheat", 1, TextLanguage.EN).getFirst().id()).isEqualTo("kz-wheat");
        assertThat(current.score("cn-wheat", "kz-wheat")).isEqualTo(index.score("cn-wheat", "kz-wheat"));
    }

    @Test
    void aProfileTakenOutAndAddedAgainAndAgainDoesNotGrowTheIndex() {
        var index = build(ALL);
        MatchIndex current = index.withProfile("kz-glacier", null).withProfile("kz-glacier", KZ_GLACIER);
        long size = current.structureSize();
        for (int i = 0; i < 1_000; i++) {
            current = current.withProfile("kz-glacier", null).withProfile("kz-glacier", KZ_GLACIER);
        }
        assertThat(current.structureSize()).isEqualTo(size);
        assertThat(current.ids()).hasSameSizeAs(index.ids());
        assertThat(current.topMatches("cn-glacier", 1, TextLanguage.EN).getFirst().id()).isEqualTo("kz-glacier");
    }

    @Test
    void aProfileWithoutCountryOrTextBreaksNothing() {
        var nothing = new MatchProfile("x", null, null, null, null, null, null, null, null,
                List.of(new MatchProfile.Publication(null, null, null)), Set.of(), Set.of());
        var index = build(List.of(nothing, CN_GLACIER, KZ_GLACIER));
        assertThat(index.topMatches("x", 5, TextLanguage.EN)).isEmpty();
        assertThat(index.topMatches("cn-glacier", 5, TextLanguage.EN).getFirst().id()).isEqualTo("kz-glacier");
    }
}
