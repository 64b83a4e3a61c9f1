package com.researchbridge.matching.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With the tables the build derives from CC-CEDICT and Mueller's dictionary. */
class BilingualPivotsTest {

    private static final BilingualPivots PIVOTS = BilingualPivots.standard();

    @BeforeAll
    static void theBuildDerivedTheDictionaries() throws java.io.IOException {
        assertThat(PIVOTS.hasDictionary(TextLanguage.ZH)).as("zh-en table in target/classes/bridge").isTrue();
        if (!builtWithoutRussianDictionary()) {
            assertThat(PIVOTS.hasDictionary(TextLanguage.RU)).as("ru-en table in target/classes/bridge").isTrue();
        }
    }

    /** -Dbridge.without-russian-dictionary=true leaves the GPL-licensed table out on purpose. */
    private static boolean builtWithoutRussianDictionary() throws java.io.IOException {
        try (var in = BilingualPivotsTest.class.getResourceAsStream("/bridge/fingerprint.txt")) {
            return in != null && new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).endsWith("without Russian");
        }
    }

    @Test
    void aChineseWordPivotsToItsEnglishTranslation() {
        var glacier = PIVOTS.pivotsOfText("冰川", TextLanguage.ZH);
        assertThat(glacier.weights()).containsEntry("en:glacier", 1f);
        assertThat(glacier.pivots()).first().extracting(Pivot::source).isEqualTo(PivotSource.DICTIONARY);

        assertThat(PIVOTS.pivotsOfText("地震", TextLanguage.ZH).weights()).containsKey("en:earthquak");
    }

    @Test
    void theSegmentersWordIsKeptWhenTheDictionaryHasNoLongerOne() {
        // smartcn reads 反 + 问题; the dictionary's 反问 ("rhetorical question") must not split 问题.
        var weights = PIVOTS.pivotsOfText("反问题", TextLanguage.ZH).weights();
        assertThat(weights).containsKey("en:problem").doesNotContainKey("en:rhetor");
    }

    @Test
    void adjacentWordsJoinIntoTheLongestDictionaryWord() {
        // smartcn splits 反演 (inversion) into two characters; the dictionary knows the whole word.
        var weights = PIVOTS.pivots(List.of("反", "演", "问题"), TextLanguage.ZH).weights();
        assertThat(weights).containsEntry("en:invers", 1f).containsKey("en:problem");
    }

    @Test
    void anAmbiguousCharacterWeighsLessThanASpecificWord() {
        float ice = PIVOTS.pivots(List.of("冰"), TextLanguage.ZH).weights().get("en:ic");
        float glacier = PIVOTS.pivots(List.of("冰川"), TextLanguage.ZH).weights().get("en:glacier");
        assertThat(ice).isLessThan(glacier);
        float reverse = PIVOTS.pivots(List.of("反"), TextLanguage.ZH).weights().get("en:revers");
        assertThat(reverse).isLessThan(0.5f);
    }

    @Test
    void aRussianWordPivotsThroughTheReversedDictionary() throws java.io.IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(builtWithoutRussianDictionary(), "built without the Russian dictionary");
        var glacier = PIVOTS.pivotsOfText("ледник", TextLanguage.RU);
        assertThat(glacier.pivots()).first().satisfies(p -> {
            assertThat(p.term()).isEqualTo("en:glacier");
            assertThat(p.source()).isEqualTo(PivotSource.DICTIONARY);
        });
    }

    @Test
    void anInternationalRussianWordPivotsByTransliteration() {
        var onlyCognates = new BilingualPivots(PivotTable.EMPTY, PivotTable.EMPTY, Cognates.of(Map.of("seismic", "seismic")));
        var seismic = onlyCognates.pivotsOfText("сейсмический", TextLanguage.RU);
        assertThat(seismic.pivots()).singleElement().satisfies(p -> {
            assertThat(p.term()).isEqualTo("en:seismic");
            assertThat(p.source()).isEqualTo(PivotSource.COGNATE);
            assertThat(p.explanation()).isEqualTo("сейсмическ ≈ seismic (cognate)");
        });
        assertThat(PIVOTS.pivotsOfText("метод", TextLanguage.RU).weights()).containsKey("en:method");
    }

    @Test
    void aKazakhLoanWordPivotsThroughTheRussianStemItShares() {
        var russian = PivotTable.of(Map.of("сейсмическ", "seismic\t0.700"));
        var pivots = new BilingualPivots(PivotTable.EMPTY, russian, Cognates.NONE);
        var seismic = pivots.pivotsOfText("сейсмикалық", TextLanguage.KK);
        assertThat(seismic.pivots()).singleElement().satisfies(p -> {
            assertThat(p.term()).isEqualTo("en:seismic");
            assertThat(p.source()).isEqualTo(PivotSource.SHARED_STEM);
            assertThat(p.via()).isEqualTo("ru:сейсмическ");
            assertThat(p.weight()).isLessThan(0.7f);
            assertThat(p.explanation()).isEqualTo("сейсмикалық ≈ сейсмическ ≈ seismic (shared stem)");
        });
        assertThat(PIVOTS.pivotsOfText("сейсмикалық", TextLanguage.KK).weights()).containsKey("en:seismic");
    }

    @Test
    void aCompoundOfACombiningFormAndACognateBecomesTheEnglishCompound() {
        var onlyCognates = new BilingualPivots(PivotTable.EMPTY, PivotTable.EMPTY, Cognates.of(Map.of("geology", "geologi")));
        String hydrogeology = "en:" + TextAnalysis.terms("hydrogeology", TextLanguage.EN).getFirst();
        var russian = onlyCognates.pivotsOfText("гидрогеология", TextLanguage.RU);
        assertThat(russian.weights()).containsOnlyKeys(hydrogeology);
        assertThat(russian.pivots()).first().extracting(Pivot::source).isEqualTo(PivotSource.COGNATE);
        assertThat(onlyCognates.pivotsOfText("гидрогеологиялық", TextLanguage.KK).weights()).containsOnlyKeys(hydrogeology);
        assertThat(onlyCognates.pivotsOfText("гидротехника", TextLanguage.RU).isEmpty()).isTrue();
    }

    @Test
    void aNativeKazakhWordGetsNoPivotFromLoanRules() {
        var russian = PivotTable.of(Map.of("ледник", "glacier\t0.577"));
        var pivots = new BilingualPivots(PivotTable.EMPTY, russian, Cognates.of(Map.of("glacier", "glacier")));
        assertThat(pivots.pivotsOfText("мұздық", TextLanguage.KK).isEmpty()).isTrue();
    }

    @Test
    void repeatedTermsAddUpAndLanguagePrefixesAreAccepted() {
        var once = PIVOTS.pivots(List.of("zh:冰川"), TextLanguage.ZH).weights().get("en:glacier");
        var twice = PIVOTS.pivots(List.of("冰川", "的", "冰川"), TextLanguage.ZH);
        assertThat(twice.weights().get("en:glacier")).isEqualTo(2 * once);
        assertThat(twice.pivots()).filteredOn(p -> p.term().equals("en:glacier")).hasSize(1);
    }

    @Test
    void englishAndMissingInputPivotToNothing() {
        assertThat(PIVOTS.pivotsOfText("glacier melt", TextLanguage.EN)).isEqualTo(PivotTerms.NONE);
        assertThat(PIVOTS.pivots(null, TextLanguage.ZH)).isEqualTo(PivotTerms.NONE);
        assertThat(PIVOTS.pivots(List.of("冰川"), null)).isEqualTo(PivotTerms.NONE);
        assertThat(PIVOTS.pivotsOfText(null, TextLanguage.RU)).isEqualTo(PivotTerms.NONE);
        assertThat(PIVOTS.pivots(Collections.nCopies(3, ""), TextLanguage.KK)).isEqualTo(PivotTerms.NONE);
    }

    @Test
    void fullWidthPunctuationAndMixedScriptsAreHarmless() {
        assertThat(PIVOTS.pivotsOfText("冰川，地震！（研究）", TextLanguage.ZH).weights())
                .containsKeys("en:glacier", "en:earthquak");
        for (var language : List.of(TextLanguage.RU, TextLanguage.KK, TextLanguage.ZH)) {
            var mixed = PIVOTS.pivots(List.of("сейсмicheskiy", "冰川ледник", "ｓｅｉｓｍｉｃ", "\u0000", "x".repeat(5000)), language);
            assertThat(mixed.pivots()).allSatisfy(p -> assertThat(p.weight()).isPositive());
        }
    }

    @Test
    void aMegabyteOfMixedTextCostsBoundedWork() {
        String chunk = "冰川融化，地震研究。Ледники и сейсмические исследования; сейсмикалық зерттеулер! ｇｌａｃｉｅｒ ";
        String megabyte = chunk.repeat(1_000_000 / chunk.length() + 1);
        for (var language : List.of(TextLanguage.ZH, TextLanguage.RU, TextLanguage.KK)) {
            var pivots = PIVOTS.pivotsOfText(megabyte, language);
            assertThat(pivots.pivots()).hasSizeLessThanOrEqualTo(BilingualPivots.MAX_EXPLAINED);
        }
        assertThat(PIVOTS.pivotsOfText(megabyte, TextLanguage.ZH).weights()).containsKey("en:glacier");
    }

    @Test
    void aHugeUnsplitTermIsSkipped() {
        var pivots = PIVOTS.pivots(List.of("冰川".repeat(500_000), "地震"), TextLanguage.ZH);
        assertThat(pivots.weights()).containsOnlyKeys("en:earthquak");
    }

    @Test
    void onlyTheFirstTermsOfAHugeTermListAreRead() {
        var terms = new ArrayList<String>(Collections.nCopies(BilingualPivots.MAX_TERMS, "的"));
        terms.add("冰川");
        assertThat(PIVOTS.pivots(terms, TextLanguage.ZH).weights()).doesNotContainKey("en:glacier");
    }
}
