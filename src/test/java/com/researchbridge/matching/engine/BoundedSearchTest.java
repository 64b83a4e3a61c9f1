package com.researchbridge.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bound-based candidate search against exhaustive exact scoring: not a recall above some share, but the
 * same list, the same scores and the same order (ties included), on a seeded corpus with publications, for
 * topics, after updates and while updates happen.
 */
class BoundedSearchTest {

    private static Vocabulary vocabulary;
    private static List<MatchProfile> profiles;
    private static MatchIndex index;

    @BeforeAll
    static void build() {
        vocabulary = Vocabulary.load();
        profiles = new ProbeCorpus().generate(2_000, 23);
        index = MatchIndex.build(profiles, new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
    }

    @Test
    void everyFamilyOfTodaysScoreStatesABoundSoTheSearchIsExact() {
        assertThat(ScoreFamilies.of(MatchingWeights.DEFAULT)).allSatisfy(f -> assertThat(f.bound()).isNotNull());
        assertThat(new PairScorer(MatchingWeights.DEFAULT).bound()).isNotNull();
        assertThat(index.withLimits(CandidateSearch.Limits.DEFAULT).exhaustive()).isNotNull();
    }

    @Test
    void noPairScoresAboveItsFamiliesBounds() {
        var random = new Random(3);
        var families = ScoreFamilies.of(MatchingWeights.DEFAULT);
        for (int q = 0; q < 300; q++) {
            var a = index.docsFor(profiles.get(random.nextInt(profiles.size())).id());
            var b = index.docsFor(profiles.get(random.nextInt(profiles.size())).id());
            double concepts = a.concepts().dot(b.concepts());
            double words = a.lexical().dot(b.lexical());
            double maxima = a.publications().maxima().dot(b.publications().maxima());
            double pivots = a.pivots().weights().dot(b.pivots().weights());
            for (ScoreFamily family : families) {
                var bound = family.bound();
                double limit = bound.concepts() * concepts + bound.words() * words
                        + bound.publications() * Math.min(1, maxima) + bound.constant() + bound.pivots() * pivots;
                assertThat(family.forSeeker(a).score(b)).isLessThanOrEqualTo(limit + 1e-9);
            }
        }
    }

    @Test
    void theTopTenIsExactlyWhatScoringEveryCandidateGives() {
        var exhaustive = index.exhaustive();
        var random = new Random(5);
        int compared = 0;
        for (int q = 0; q < 150; q++) {
            String id = profiles.get(random.nextInt(profiles.size())).id();
            var expected = exhaustive.topMatches(id, 10, TextLanguage.EN);
            assertThat(index.topMatches(id, 10, TextLanguage.EN)).as(id).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    @Test
    void topicsAndOtherListLengthsAreExactToo() {
        var exhaustive = index.exhaustive();
        var random = new Random(9);
        for (int q = 0; q < 40; q++) {
            var source = profiles.get(random.nextInt(profiles.size()));
            var topic = new MatchProfile("topic-" + q, q % 2 == 0 ? "KZ" : "DE", null, null, null, source.summary(),
                    source.keywords(), null, List.of(), List.of(), Set.of(), Set.of());
            assertThat(index.topMatchesFor(topic, 10, TextLanguage.RU)).isEqualTo(exhaustive.topMatchesFor(topic, 10, TextLanguage.RU));
            String id = source.id();
            for (int k : new int[] {1, 3, 25}) {
                assertThat(index.topMatches(id, k, TextLanguage.ZH)).isEqualTo(exhaustive.topMatches(id, k, TextLanguage.ZH));
            }
        }
    }

    /**
     * Twelve copies of one profile tie exactly; the top 10 must be the ten that exhaustive scoring lists (the
     * first ten in the index), not ten found in some other order, and a copy ranked below the cut-off by its
     * document alone is not returned in place of an earlier one.
     */
    @Test
    void tiedCandidatesAreCutWhereExhaustiveScoringCutsThem() {
        var source = profiles.stream().filter(p -> "CN".equals(p.country()) && p.publications().size() > 3).findFirst().orElseThrow();
        var all = new ArrayList<>(profiles);
        for (int c = 0; c < 12; c++) {
            all.add(new MatchProfile("twin-" + c, "CN", source.language(), null, null, source.summary(), source.keywords(),
                    source.summaryEn(), source.keywordsEn(), source.publications(), source.fields(), source.spokenLanguages()));
        }
        var seeker = new MatchProfile("seeker", "KZ", source.language(), null, null, source.summary(), source.keywords(),
                source.summaryEn(), source.keywordsEn(), source.publications(), source.fields(), source.spokenLanguages());
        all.add(seeker);
        var twins = MatchIndex.build(all, new FeatureExtractor(vocabulary), vocabulary, MatchingWeights.DEFAULT);
        var found = twins.topMatches("seeker", 10, TextLanguage.EN);
        assertThat(found).isEqualTo(twins.exhaustive().topMatches("seeker", 10, TextLanguage.EN));
        // The source itself (an earlier document) ties with its copies: the copies found are the first ones, in order.
        var copies = found.stream().map(Match::id).filter(id -> id.startsWith("twin-")).toList();
        assertThat(copies).hasSizeGreaterThanOrEqualTo(8);
        for (int c = 0; c < copies.size(); c++) {
            assertThat(copies.get(c)).isEqualTo("twin-" + c);
        }
        assertThat(found).extracting(Match::score).containsOnly(found.getFirst().score());
    }

    /** A seeker no list reaches (no text, only a field and a language) still gets what exhaustive scoring gives. */
    @Test
    void aSeekerSharingNoWordGetsTheCandidatesOfItsFieldAndLanguage() {
        var field = profiles.stream().filter(p -> "KZ".equals(p.country()) && !p.fields().isEmpty()).findFirst().orElseThrow();
        var bare = new MatchProfile(field.id(), "KZ", TextLanguage.RU, null, null, null, List.of(), null, List.of(),
                List.of(), field.fields(), Set.of(TextLanguage.RU));
        var updated = index.withProfile(field.id(), bare);
        var found = updated.topMatches(field.id(), 10, TextLanguage.EN);
        assertThat(found).hasSize(10).isEqualTo(updated.exhaustive().topMatches(field.id(), 10, TextLanguage.EN));
    }

    @Test
    void afterManyUpdatesTheSearchStillMatchesExhaustiveScoringOfThatVersion() {
        var random = new Random(13);
        MatchIndex current = index;
        for (int u = 0; u < 300; u++) {
            var target = profiles.get(random.nextInt(profiles.size())).id();
            var source = profiles.get(random.nextInt(profiles.size()));
            current = u % 10 == 9 ? current.withProfile(target, null) : current.withProfile(target, copy(target, source));
            if (u % 7 == 0) {
                current = current.withProfile("new-" + u, copy("new-" + u, source));
            }
        }
        var exhaustive = current.exhaustive();
        for (int q = 0; q < 60; q++) {
            String id = current.ids().get(random.nextInt(current.size()));
            assertThat(current.topMatches(id, 10, TextLanguage.EN)).as(id).isEqualTo(exhaustive.topMatches(id, 10, TextLanguage.EN));
        }
        // The old version is untouched by the updates made from it.
        String id = profiles.get(1).id();
        assertThat(index.topMatches(id, 10, TextLanguage.EN)).isEqualTo(index.exhaustive().topMatches(id, 10, TextLanguage.EN));
    }

    /** Readers query the version they hold while a writer publishes new versions: each answer is exact for its version. */
    @Test
    void updatesDuringQueriesLeaveEveryVersionExact() throws Exception {
        var published = new AtomicReference<>(index);
        var stop = new AtomicBoolean();
        var failures = new ConcurrentLinkedQueue<String>();
        var readers = new ArrayList<Thread>();
        for (int r = 0; r < 2; r++) {
            int seed = r;
            readers.add(Thread.ofPlatform().start(() -> {
                var random = new Random(seed);
                int checked = 0;
                while (!stop.get() || checked < 20) {
                    MatchIndex version = published.get();
                    String id = profiles.get(random.nextInt(profiles.size())).id();
                    var found = version.topMatches(id, 10, TextLanguage.EN);
                    if (!found.equals(version.exhaustive().topMatches(id, 10, TextLanguage.EN))) {
                        failures.add(id);
                    }
                    checked++;
                }
            }));
        }
        var random = new Random(17);
        for (int u = 0; u < 100; u++) {
            var target = profiles.get(random.nextInt(profiles.size())).id();
            published.set(published.get().withProfile(target, copy(target, profiles.get(random.nextInt(profiles.size())))));
        }
        stop.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(failures).isEmpty();
    }

    private static MatchProfile copy(String id, MatchProfile source) {
        return new MatchProfile(id, source.country(), source.language(), null, null, source.summary(), source.keywords(),
                source.summaryEn(), source.keywordsEn(), source.publications(), source.fields(), source.spokenLanguages());
    }
}
