package com.researchbridge.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark corpus looks like the site's profiles: the figures in docs/benchmarks.md rest on it. */
class SyntheticCorpusTest {

    private static List<MatchProfile> profiles;

    @BeforeAll
    static void generate() throws Exception {
        profiles = new SyntheticCorpus(Vocabulary.load()).generate(2_000, 42);
    }

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() throws Exception {
        var corpus = new SyntheticCorpus(Vocabulary.load());
        assertThat(corpus.generate(50, 42)).isEqualTo(profiles.subList(0, 50));
        assertThat(corpus.generate(50, 43)).isNotEqualTo(profiles.subList(0, 50));
    }

    @Test
    void publicationsAsOnRealProfiles() {
        var stats = CorpusStats.of(profiles);
        assertThat(stats.medianPublications()).isBetween(6, 10);
        assertThat(stats.maxPublications()).isEqualTo(SyntheticCorpus.MAX_PUBLICATIONS);
        assertThat(profiles).anyMatch(p -> p.publications().isEmpty());
        assertThat(stats.withAbstract()).isBetween(0.45, 0.55);
        assertThat(profiles).allSatisfy(p -> assertThat(p.publications()).allSatisfy(pub -> assertThat(pub.title()).isNotBlank()));
    }

    @Test
    void aboutAThirdOfPublicationsOfNonEnglishProfilesAreInEnglish() {
        var publications = profiles.stream().filter(p -> p.language() != TextLanguage.EN)
                .flatMap(p -> p.publications().stream()).toList();
        double english = publications.stream().filter(p -> CorpusStats.isLatin(p.title())).count() / (double) publications.size();
        assertThat(english).isBetween(0.25, 0.35);
    }

    @Test
    void aboutAThirdOfNonEnglishProfilesHaveAnEnglishVersion() {
        var nonEnglish = profiles.stream().filter(p -> p.language() != TextLanguage.EN).toList();
        double share = nonEnglish.stream().filter(p -> p.summaryEn() != null).count() / (double) nonEnglish.size();
        assertThat(share).isBetween(0.28, 0.39);
        assertThat(nonEnglish).filteredOn(p -> p.summaryEn() != null)
                .allSatisfy(p -> assertThat(CorpusStats.isLatin(p.summaryEn())).isTrue())
                .allSatisfy(p -> assertThat(p.keywordsEn()).isNotEmpty());
    }

    @Test
    void theDemoMixOfCountriesLanguagesAndFields() {
        var stats = CorpusStats.of(profiles);
        assertThat(stats.languages()).containsKeys("KZ/ru", "KZ/kk", "KZ/en", "CN/zh", "CN/en");
        assertThat(stats.languages().get("CN/zh")).isBetween(700L, 1_000L); // 128 of the 300 demo researchers
        assertThat(profiles.stream().flatMap(p -> p.fields().stream()).distinct().count()).isEqualTo(22);
    }

    @Test
    void textsAreWrittenInTheProfilesLanguage() {
        assertThat(profiles).filteredOn(p -> p.language() == TextLanguage.ZH).allSatisfy(p -> {
            assertThat(p.summary()).containsPattern("\\p{IsHan}");
            assertThat(p.keywords()).anySatisfy(k -> assertThat(k).containsPattern("\\p{IsHan}")); // "PCR" is a Chinese label too
        });
        assertThat(profiles).filteredOn(p -> p.language() == TextLanguage.RU || p.language() == TextLanguage.KK)
                .allSatisfy(p -> assertThat(p.summary()).containsPattern("\\p{IsCyrillic}"));
        assertThat(profiles).allSatisfy(p -> assertThat(p.summary()).isNotBlank());
        assertThat(profiles.stream().mapToInt(p -> p.summary().length()).average().orElseThrow()).isGreaterThan(200);
        assertThat(profiles).allSatisfy(p -> assertThat(p.summary().split("(?<=[.。])\\s*")).doesNotHaveDuplicates());
    }

    @Test
    void publicationCountsStayWithinZeroToThirty() {
        var random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(SyntheticCorpus.publicationCount(random)).isBetween(0, 30);
        }
    }
}
