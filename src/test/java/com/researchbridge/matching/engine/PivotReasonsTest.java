package com.researchbridge.matching.engine;

import static com.researchbridge.matching.engine.SampleProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.bridge.BilingualPivots;
import com.researchbridge.matching.bridge.BilingualPivots.Part;
import com.researchbridge.matching.bridge.PivotSource;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reasons from the bilingual pivots (issue 11, item 6): a pair of the two profiles' own words ("猫 ≈ кошк"), only
 * where the pivots count, only with a word the reader can read, never two English words.
 */
class PivotReasonsTest {

    private static final Vocabulary VOCABULARY = Vocabulary.load();
    private static final List<MatchProfile> PROFILES = List.of(PivotFamilyTest.CN_BICYCLE, PivotFamilyTest.KZ_BICYCLE,
            PivotFamilyTest.KZ_OTHER);

    private static MatchIndex index(FeatureExtractor extractor) {
        return MatchIndex.build(PROFILES, extractor, VOCABULARY, MatchingWeights.DEFAULT);
    }

    private static List<Match.Bridge> bridges(MatchIndex index, String seeker, String partner, TextLanguage reader) {
        return index.topMatches(seeker, 3, reader).stream().filter(m -> m.id().equals(partner)).findFirst()
                .map(Match::bridges).orElseThrow();
    }

    @Test
    void aChineseReaderSeesTheirWordBesideThePartnersWord() {
        var index = index(new FeatureExtractor(VOCABULARY));
        var bridges = bridges(index, "cn-bike", "kz-bike", TextLanguage.ZH);
        assertThat(bridges).isNotEmpty().hasSizeLessThanOrEqualTo(Explanations.REASON_BRIDGES);
        assertThat(bridges).allSatisfy(b -> {
            assertThat(b.mineLanguage()).isEqualTo("zh");
            assertThat(b.theirsLanguage()).isEqualTo("ru");
            assertThat(b.source()).isEqualTo(PivotSource.DICTIONARY);
        });
        assertThat(bridges).extracting(Match.Bridge::toString).contains("猫 ≈ кошк (dictionary)");
    }

    @Test
    void russianAndKazakhReadersSeeThemFromTheOtherSide() {
        var index = index(new FeatureExtractor(VOCABULARY));
        assertThat(bridges(index, "kz-bike", "cn-bike", TextLanguage.RU)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.mineLanguage()).isEqualTo("ru"));
        assertThat(bridges(index, "kz-bike", "cn-bike", TextLanguage.KK)).as("a Kazakh reader reads Russian").isNotEmpty();
    }

    @Test
    void aReaderWhoReadsNeitherWordGetsNoPivotReason() {
        var index = index(new FeatureExtractor(VOCABULARY));
        assertThat(bridges(index, "cn-bike", "kz-bike", TextLanguage.EN)).isEmpty();
        assertThat(bridges(index, "kz-bike", "cn-bike", TextLanguage.ZH)).isNotEmpty();
        assertThat(Explanations.readable("kk", TextLanguage.RU)).isFalse();
        assertThat(Explanations.readable("zh", TextLanguage.KK)).isFalse();
    }

    @Test
    void aKazakhLoanWordMeetsAnEnglishWord() {
        var kk = profile("kz-seis", "KZ", TextLanguage.KK, "Сейсмикалық");
        var en = profile("cn-seis", "CN", TextLanguage.EN, "seismic");
        var index = MatchIndex.build(List.of(kk, en, PivotFamilyTest.KZ_OTHER), new FeatureExtractor(VOCABULARY),
                VOCABULARY, MatchingWeights.DEFAULT);
        assertThat(bridges(index, "kz-seis", "cn-seis", TextLanguage.KK)).extracting(Match.Bridge::toString)
                .anySatisfy(s -> assertThat(s).startsWith("сейсмикалық ≈ seismic ("));
    }

    @Test
    void aProfilesOwnNativeWordIsShownBeforeItsEnglishWord() {
        var english = new PivotEvidence("en:appl", null, 1f);
        var russian = new PivotEvidence("ru:яблок", PivotSource.DICTIONARY, 0.1f);
        assertThat(PivotEvidence.stronger(english, russian)).isEqualTo(russian);
        assertThat(PivotEvidence.stronger(russian, english)).isEqualTo(russian);

        var both = new MatchProfile("kz-both", "KZ", TextLanguage.RU, null, null, "Кошка и яблоко.", List.of(),
                "A cat and an apple.", List.of(), List.of(), java.util.Set.of(), java.util.Set.of());
        var index = MatchIndex.build(List.of(PivotFamilyTest.CN_BICYCLE, both, PivotFamilyTest.KZ_OTHER),
                new FeatureExtractor(VOCABULARY), VOCABULARY, MatchingWeights.DEFAULT);
        assertThat(bridges(index, "kz-both", "cn-bike", TextLanguage.RU)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.mineLanguage()).isEqualTo("ru"));
    }

    @Test
    void withoutPivotsOrWithinOneLanguageThereAreNoPivotReasons() {
        var none = index(new FeatureExtractor(VOCABULARY, BilingualPivots.standard().only(EnumSet.noneOf(Part.class))));
        assertThat(none.topMatches("cn-bike", 3, TextLanguage.ZH)).allSatisfy(m -> assertThat(m.bridges()).isEmpty());

        var a = profile("ru-a", "KZ", TextLanguage.RU, "Кошка и яблоко.");
        var b = profile("ru-b", "CN", TextLanguage.RU, "Яблоко и ключ.");
        var same = MatchIndex.build(List.of(a, b), new FeatureExtractor(VOCABULARY), VOCABULARY, MatchingWeights.DEFAULT);
        assertThat(same.topMatches("ru-a", 1, TextLanguage.RU)).allSatisfy(m -> assertThat(m.bridges()).isEmpty());
    }
}
