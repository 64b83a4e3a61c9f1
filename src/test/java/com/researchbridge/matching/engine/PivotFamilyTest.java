package com.researchbridge.matching.engine;

import static com.researchbridge.matching.engine.SampleProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.bridge.BilingualPivots;
import com.researchbridge.matching.bridge.BilingualPivots.Part;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Vocabulary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The general bilingual pivots as a family of the pair score (with the tables the build derives): a pair that
 * shares no word and no concept still meets through them, the candidate stage finds such a partner, the
 * ablation (weight 0 or no parts) removes the contribution, and hostile texts stay bounded.
 */
class PivotFamilyTest {

    private static final Vocabulary VOCABULARY = Vocabulary.load();
    private static final MatchingWeights WITH = MatchingWeights.DEFAULT;
    private static final MatchingWeights WITHOUT = MatchingWeights.DEFAULT.withPivots(0);

    /** Everyday words no research vocabulary has: a cat, an apple, a key. */
    static final MatchProfile CN_BICYCLE = profile("cn-bike", "CN", TextLanguage.ZH, "猫和苹果。", "猫", "钥匙");
    static final MatchProfile KZ_BICYCLE = profile("kz-bike", "KZ", TextLanguage.RU, "Кошка и яблоко.", "кошка", "ключ");
    static final MatchProfile KZ_OTHER = profile("kz-other", "KZ", TextLanguage.RU, "Народные песни и танцы степи.", "песня");

    @BeforeAll
    static void theBuildDerivedTheDictionaries() {
        assertThat(BilingualPivots.standard().hasDictionary(TextLanguage.ZH)).isTrue();
    }

    private static MatchIndex index(MatchingWeights weights, FeatureExtractor extractor, List<MatchProfile> profiles) {
        return MatchIndex.build(profiles, extractor, VOCABULARY, weights);
    }

    @Test
    void aPairSharingNoWordOrConceptMeetsThroughThePivots() {
        var extractor = new FeatureExtractor(VOCABULARY);
        var with = index(WITH, extractor, List.of(CN_BICYCLE, KZ_BICYCLE, KZ_OTHER));
        var cn = with.docsFor("cn-bike");
        var kz = with.docsFor("kz-bike");
        assertThat(cn.concepts().dot(kz.concepts())).isZero();
        assertThat(cn.lexical().dot(kz.lexical())).isZero();
        assertThat(cn.pivots().weights().dot(kz.pivots().weights())).isGreaterThan(0.15);

        double pivotPart = with.score("cn-bike", "kz-bike") - index(WITHOUT, extractor, List.of(CN_BICYCLE, KZ_BICYCLE, KZ_OTHER))
                .score("cn-bike", "kz-bike");
        assertThat(pivotPart).isGreaterThan(0.15 * WITH.pivots());
        assertThat(with.topMatches("cn-bike", 2, TextLanguage.ZH)).first().extracting(Match::id).isEqualTo("kz-bike");
    }

    @Test
    void theAblationTakesTheContributionAway() {
        var none = new FeatureExtractor(VOCABULARY, BilingualPivots.standard().only(EnumSet.noneOf(Part.class)));
        var profiles = List.of(CN_BICYCLE, KZ_BICYCLE, KZ_OTHER);
        var noParts = index(WITH, none, profiles);
        assertThat(noParts.docsFor("cn-bike").pivots().weights().isEmpty()).isTrue();
        assertThat(noParts.score("cn-bike", "kz-bike"))
                .isEqualTo(index(WITHOUT, new FeatureExtractor(VOCABULARY), profiles).score("cn-bike", "kz-bike"));

        var onlyCedict = new FeatureExtractor(VOCABULARY, BilingualPivots.standard().only(EnumSet.of(Part.CC_CEDICT)));
        var cedict = index(WITH, onlyCedict, profiles);
        assertThat(cedict.docsFor("cn-bike").pivots().weights().isEmpty()).isFalse();
        assertThat(cedict.docsFor("kz-bike").pivots().weights().isEmpty()).as("Russian needs Mueller or cognates").isTrue();
    }

    @Test
    void pairsThatShareATextLanguageGainNothingFromThePivots() {
        var a = profile("ru-a", "KZ", TextLanguage.RU, "Кошка и яблоко.");
        var b = profile("ru-b", "CN", TextLanguage.RU, "Яблоко и ключ.");
        var extractor = new FeatureExtractor(VOCABULARY);
        assertThat(index(WITH, extractor, List.of(a, b)).score("ru-a", "ru-b"))
                .isEqualTo(index(WITHOUT, extractor, List.of(a, b)).score("ru-a", "ru-b"));
    }

    @Test
    void theCandidateStageFindsAPartnerThatSharesOnlyPivots() {
        // No shared word, concept, field or working language: only the pivot postings can put the partner in the pool.
        var extractor = new FeatureExtractor(VOCABULARY);
        var profiles = List.of(CN_BICYCLE, KZ_BICYCLE, KZ_OTHER);
        assertThat(index(WITH, extractor, profiles).topMatches("cn-bike", 1, TextLanguage.ZH))
                .extracting(Match::id).containsExactly("kz-bike");
        assertThat(index(WITH, extractor, profiles).topMatches("kz-bike", 1, TextLanguage.RU))
                .extracting(Match::id).containsExactly("cn-bike");
        assertThat(index(WITHOUT, extractor, profiles).topMatches("cn-bike", 1, TextLanguage.ZH)).isEmpty();
    }

    @Test
    void aProfileUpdateKeepsThePivotPostingsRight() {
        var extractor = new FeatureExtractor(VOCABULARY);
        var index = index(WITH, extractor, List.of(CN_BICYCLE, KZ_BICYCLE, KZ_OTHER));
        var moved = index.withProfile("kz-bike", profile("kz-bike", "KZ", TextLanguage.RU, "Народные танцы степи."));
        assertThat(moved.topMatches("cn-bike", 1, TextLanguage.ZH)).extracting(Match::id).doesNotContain("kz-bike");
        var back = moved.withProfile("kz-bike", KZ_BICYCLE);
        assertThat(back.topMatches("cn-bike", 1, TextLanguage.ZH)).extracting(Match::id).containsExactly("kz-bike");
    }

    @Test
    void anAmbiguousCharacterWeighsLittleAgainstOneOfItsSenses() {
        // 打 has several senses in CC-CEDICT (hit, fight, a dozen, from...); 苹果 one. Each meets an English word for one sense.
        var extractor = new FeatureExtractor(VOCABULARY);
        var ambiguous = index(WITH, extractor, List.of(profile("cn-da", "CN", TextLanguage.ZH, "打"),
                profile("kz-hit", "KZ", TextLanguage.EN, "hit"), KZ_OTHER));
        var specific = index(WITH, extractor, List.of(profile("cn-apple", "CN", TextLanguage.ZH, "苹果"),
                profile("kz-apple", "KZ", TextLanguage.EN, "apple"), KZ_OTHER));
        double many = ambiguous.docsFor("cn-da").pivots().weights().dot(ambiguous.docsFor("kz-hit").pivots().weights());
        double one = specific.docsFor("cn-apple").pivots().weights().dot(specific.docsFor("kz-apple").pivots().weights());
        assertThat(one).isGreaterThan(0.99);
        assertThat(many).isGreaterThan(0).isLessThan(0.5 * one);
    }

    @Test
    void chineseFunctionWordsPivotToNothing() {
        var extractor = new FeatureExtractor(VOCABULARY);
        var index = index(WITH, extractor, List.of(profile("cn-de", "CN", TextLanguage.ZH, "我们的和在是"), KZ_OTHER));
        assertThat(index.docsFor("cn-de").pivots().weights().isEmpty()).isTrue();
    }

    @Test
    void aMegabyteOfMixedScriptsStaysBounded() {
        var text = new StringBuilder();
        String[] pieces = {"冰川glacierледник ", "自行车", "велосипедbike ", "мұздық ", "Ω∑ ", "ＧＰＳ测量，", "sейсмикалық "};
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append(pieces[i % pieces.length]).append(i % 997).append(' ');
        }
        var huge = new MatchProfile("cn-huge", "CN", TextLanguage.ZH, null, null, text.toString(), List.of(text.toString()),
                null, List.of(), List.of(new MatchProfile.Publication(text.toString(), text.toString(), 2020)), Set.of(),
                Set.of());
        var extractor = new FeatureExtractor(VOCABULARY);
        var index = index(WITH, extractor, List.of(huge, KZ_BICYCLE, KZ_OTHER));
        var vector = index.docsFor("cn-huge").pivots();
        assertThat(vector.weights().size()).isLessThanOrEqualTo(PivotVector.MAX_DIMS);
        assertThat(vector.explained().length).isLessThanOrEqualTo(PivotVector.MAX_EXPLAINED);
        assertThat(index.topMatches("kz-bike", 2, TextLanguage.RU)).isNotNull();
    }
}
