package com.researchbridge.matching.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoanRootsTest {

    @ParameterizedTest(name = "{0} ≈ {1}")
    @CsvSource({
            "сейсмикалық, сейсмический",
            "гидрогеологиялық, гидрогеология",
            "биологиялық, биологический",
            "физикалық, физика",
            "геологиялық, геологии",
    })
    void kazakhAndRussianFormsOfALoanWordShareARoot(String kazakh, String russian) {
        assertThat(LoanRoots.sameLoanWord(stem(kazakh, TextLanguage.KK), stem(russian, TextLanguage.RU))).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "мұздық, ледник",
            "су, вода",
            "тас, тасс",
            "сейсмикалық, семинар",
            "гидрогеологиялық, геология",
    })
    void differentWordsDoNotMeet(String kazakh, String russian) {
        assertThat(LoanRoots.sameLoanWord(stem(kazakh, TextLanguage.KK), stem(russian, TextLanguage.RU))).isFalse();
    }

    private static String stem(String word, TextLanguage language) {
        return TextAnalysis.terms(word, language).getFirst();
    }
}
