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
}
