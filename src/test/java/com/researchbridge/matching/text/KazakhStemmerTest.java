package com.researchbridge.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhStemmerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "мұздықтардың, мұздық",     // plural + genitive
            "мұздықтар, мұздық",
            "массасының, масса",        // possessive after a vowel + genitive
            "балансы, баланс",          // possessive after a consonant
            "жүйесіне, жүйе",           // possessive + dative after a vowel
            "жүйесін, жүйе",            // possessive + accusative -н
            "зерттеулерінде, зерттеу",  // plural + possessive + locative
            "Қытайдағы, Қытай",         // locative-adjectival
            "өзендерден, өзен",         // plural + ablative
            "топырақты, топырақ",       // accusative
    })
    void stripsInflectionalEndings(String word, String stem) {
        assertThat(KazakhStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({"мұздық", "су", "ғылым", "масса", "жүйе", "әдіс"})
    void leavesStemsAndShortWordsAlone(String word) {
        assertThat(KazakhStemmer.stem(word)).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} and {1} meet")
    @CsvSource({"мұздықтардың, мұздықтары", "топырақтың, топыраққа", "тарихын, тарихы"})
    void inflectedFormsOfOneWordShareAStem(String a, String b) {
        assertThat(KazakhStemmer.stem(a)).isEqualTo(KazakhStemmer.stem(b));
    }

    @ParameterizedTest(name = "hostile \"{0}\" does not break")
    @CsvSource(value = {"ы", "і", "н", "ьы", "сы", "ның", "'   '", "123", "qazaq", "ЫЫЫЫ", "🙂ны"}, emptyValue = "")
    void oddTokensAreReturnedWithoutFailing(String word) {
        assertThat(KazakhStemmer.stem(word)).isNotNull();
        assertThat(KazakhStemmer.stem("")).isEmpty();
        assertThat(KazakhStemmer.stem(null)).isNull();
    }
}
