package com.researchbridge.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void chineseIsSegmentedIntoWords() {
        assertThat(TextAnalysis.terms("冰川径流变化", TextLanguage.ZH)).contains("冰川", "径流", "变化");
    }

    @Test
    void russianIsStemmedSoThatInflectedFormsMeet() {
        assertThat(TextAnalysis.terms("ледников", TextLanguage.RU)).isEqualTo(TextAnalysis.terms("ледники", TextLanguage.RU));
        assertThat(TextAnalysis.terms("и в на", TextLanguage.RU)).isEmpty();
    }

    @Test
    void kazakhIsStemmedAndFunctionWordsDropped() {
        assertThat(TextAnalysis.terms("мұздықтардың және өзендердің", TextLanguage.KK)).containsExactly("мұздық", "өзен");
    }

    @Test
    void latinIInsideKazakhWordsIsRead() {
        assertThat(TextAnalysis.terms("зерттеулерiнде", TextLanguage.KK)).containsExactly("зерттеу");
    }

    @Test
    void englishIsStemmed() {
        assertThat(TextAnalysis.terms("Glaciers and glacier runoff", TextLanguage.EN)).containsExactly("glacier", "glacier", "runoff");
    }

    @Test
    void theLanguageIsGuessedWhenNotGiven() {
        assertThat(TextAnalysis.terms("мұздықтардың", null)).containsExactly("мұздық");
    }

    @Test
    void hugeEmojiAndMarkupTextIsBounded() {
        String huge = "<script>alert(1)</script> 🙂 glacier ".repeat(100_000);
        var terms = TextAnalysis.terms(huge, null);
        assertThat(terms).contains("glacier").hasSizeLessThan(TextAnalysis.MAX_CHARS);
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(TextAnalysis.terms("   ", TextLanguage.EN)).isEmpty();
        assertThat(TextAnalysis.terms(null, null)).isEmpty();
    }

    @Test
    void kazakhStopWordsAreListedOnceAndAreFunctionWords() {
        assertThat(KazakhAnalyzer.STOP_WORD_LIST).doesNotHaveDuplicates();
        assertThat(KazakhAnalyzer.STOP_WORD_LIST).doesNotContain("жұмыс", "негізгі", "қазіргі");
        assertThat(TextAnalysis.terms("Бұл жұмыс үшін оның нәтижесі және басқа әдістер", TextLanguage.KK))
                .containsExactly("жұмыс", "нәтиже", "әдіс");
    }

    @Test
    void kazakhInflectedFormsOfOneWordMeet() {
        assertThat(TextAnalysis.terms("зерттеуші зерттеушілер", TextLanguage.KK)).containsExactly("зерттеуші", "зерттеуші");
        assertThat(TextAnalysis.terms("Алматы Алматыда", TextLanguage.KK)).containsExactly("алматы", "алматы");
        assertThat(TextAnalysis.terms("кітап кітабы", TextLanguage.KK)).containsExactly("кітап", "кітап");
    }
}
