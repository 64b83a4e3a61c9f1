package com.researchbridge.matching.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinKeyTest {

    @ParameterizedTest(name = "{0} ≈ {1}")
    @CsvSource({"сейсмик, seismic", "метод, method", "систем, system", "модел, model", "технолог, technolog"})
    void russianLoanRootsAndEnglishWordsShareAKey(String russian, String english) {
        assertThat(LatinKey.ofRussian(russian)).isEqualTo(LatinKey.ofEnglish(english));
    }

    @Test
    void kazakhLettersTransliterate() {
        assertThat(LatinKey.ofKazakh("сейсмик")).isEqualTo(LatinKey.ofEnglish("seismic"));
        assertThat(LatinKey.ofKazakh("мұздық")).matches("[a-z]+");
    }

    @Test
    void keysAreBoundedLettersOnly() {
        assertThat(LatinKey.ofRussian("сейсм-ic！１２３" + "а".repeat(100_000))).hasSizeLessThanOrEqualTo(LatinKey.MAX_WORD)
                .matches("[a-z]*");
        assertThat(LatinKey.key("")).isEmpty();
    }

    @Test
    void cognatesTakeUsualEnglishEndingsButNotLookalikes() {
        var cognates = Cognates.of(Map.of("hydrogeology", "hydrogeologi", "sister", "sister", "methodist", "methodist",
                "methodists", "methodist", "physics", "physic", "cycle", "cycl"));
        assertThat(cognates.find(LatinKey.ofRussian("гидрогеолог"))).extracting(Cognates.Match::stem)
                .containsExactly("hydrogeologi");
        assertThat(cognates.find(LatinKey.ofKazakh("физик"))).extracting(Cognates.Match::stem).containsExactly("physic");
        assertThat(cognates.find(LatinKey.ofRussian("систем"))).isEmpty();
        assertThat(cognates.find(LatinKey.ofRussian("метод"))).isEmpty();
        assertThat(cognates.find("abc")).isEmpty();
        assertThat(cognates.find(LatinKey.ofRussian("циклон"))).isEmpty();
        assertThat(LatinKey.ofRussian("цикл")).isEqualTo(LatinKey.ofEnglish("cycl"));
    }
}
