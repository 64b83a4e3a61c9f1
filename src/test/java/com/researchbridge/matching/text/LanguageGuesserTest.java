package com.researchbridge.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void tellsTheFourProfileLanguagesApart() {
        assertThat(LanguageGuesser.guess("Іле Алатауы мұздықтарының масса балансын зерттеймін.")).isEqualTo(TextLanguage.KK);
        assertThat(LanguageGuesser.guess("Изучаю баланс массы ледников Заилийского Алатау.")).isEqualTo(TextLanguage.RU);
        assertThat(LanguageGuesser.guess("我研究天山冰川物质平衡与径流变化。")).isEqualTo(TextLanguage.ZH);
        assertThat(LanguageGuesser.guess("I study glacier mass balance in the Tian Shan.")).isEqualTo(TextLanguage.EN);
    }

    @Test
    void chineseWithEnglishTermsIsChinese() {
        assertThat(LanguageGuesser.guess("基于CRISPR-Cas9的小麦抗锈病基因编辑研究")).isEqualTo(TextLanguage.ZH);
    }

    @Test
    void emptyEmojiAndDigitsAreOther() {
        assertThat(LanguageGuesser.guess("")).isEqualTo(TextLanguage.OTHER);
        assertThat(LanguageGuesser.guess(null)).isEqualTo(TextLanguage.OTHER);
        assertThat(LanguageGuesser.guess("🙂🙂 2024 — 42")).isEqualTo(TextLanguage.OTHER);
    }

    @Test
    void theDeclaredLanguageSettlesWhatTheTextLeavesOpen() {
        // No Kazakh letter, no function word: as Kazakh as it is Russian.
        assertThat(LanguageGuesser.guess("Кафедра", TextLanguage.KK)).isEqualTo(TextLanguage.KK);
        assertThat(LanguageGuesser.guess("Кафедра", TextLanguage.RU)).isEqualTo(TextLanguage.RU);
        assertThat(LanguageGuesser.guess("Кафедра")).isEqualTo(TextLanguage.RU);
    }

    @Test
    void aDeclaredLanguageDoesNotOverruleAClearText() {
        assertThat(LanguageGuesser.guess("Изучаю ледники Іле Алатау и их вклад в сток рек.", TextLanguage.KK)).isEqualTo(TextLanguage.RU);
        assertThat(LanguageGuesser.guess("Біздің зертхана топырақтың құнарлылығын зерттейді.", TextLanguage.RU)).isEqualTo(TextLanguage.KK);
        assertThat(LanguageGuesser.guess("We study soil fertility in Kazakhstan.", TextLanguage.KK)).isEqualTo(TextLanguage.EN);
    }

    @Test
    void eachSentenceOfAMixedTextHasItsOwnLanguage() {
        var sentences = LanguageGuesser.sentences(
                "Мұздықтардың масса балансын зерттеймін. Изучаю баланс массы ледников Іле Алатау. 我研究冰川。 I study glaciers.", null);
        assertThat(sentences).extracting(LanguageGuesser.Sentence::language)
                .containsExactly(TextLanguage.KK, TextLanguage.RU, TextLanguage.ZH, TextLanguage.EN);
        assertThat(sentences.get(1).text()).isEqualTo("Изучаю баланс массы ледников Іле Алатау.");
    }

    @Test
    void theMainLanguageIsTheOneWithMostText() {
        String text = "Изучаю баланс массы ледников Заилийского Алатау и сток рек. Также изучаю озёра. Мұздықтар.";
        assertThat(LanguageGuesser.guess(text)).isEqualTo(TextLanguage.RU);
    }

    @Test
    void aMegabyteTextIsGuessedFromABoundedSample() {
        String megabyte = "Іле Алатауы мұздықтарының масса балансын зерттеймін. ".repeat(20_000);
        assertThat(megabyte.length()).isGreaterThan(1_000_000);
        long start = System.nanoTime();
        assertThat(LanguageGuesser.guess(megabyte, TextLanguage.RU)).isEqualTo(TextLanguage.KK);
        assertThat(LanguageGuesser.sentences(megabyte, null)).hasSizeLessThanOrEqualTo(TextAnalysis.MAX_CHARS / 10)
                .allSatisfy(s -> assertThat(s.language()).isEqualTo(TextLanguage.KK));
        System.out.printf("Language guess of a 1 MB text and its sentences: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void hostileTextDoesNotBreakTheGuess() {
        assertThat(LanguageGuesser.guess("\u0000\uFFFF" + "\uD83D".repeat(3) + "\u202E", TextLanguage.KK)).isEqualTo(TextLanguage.OTHER);
        assertThat(LanguageGuesser.sentences(null, null)).isEmpty();
        assertThat(LanguageGuesser.sentences("...!!!???", null)).extracting(LanguageGuesser.Sentence::language)
                .containsOnly(TextLanguage.OTHER);
        assertThat(LanguageGuesser.guess("q".repeat(100_000))).isNotNull();
    }

    @Test
    void aTextWithAKazakhAndARussianSentenceSplitsIntoBoth() {
        var parts = LanguageGuesser.splitByScript(
                "Мұздықтардың масса балансын зерттеймін. Изучаю сток рек Іле Алатау. 冰川径流 glacier runoff");
        assertThat(parts).containsOnlyKeys(TextLanguage.KK, TextLanguage.RU, TextLanguage.ZH, TextLanguage.EN);
        assertThat(parts.get(TextLanguage.KK)).isEqualTo("Мұздықтардың масса балансын зерттеймін");
        assertThat(parts.get(TextLanguage.RU)).isEqualTo("Изучаю сток рек Іле Алатау");
        assertThat(parts.get(TextLanguage.ZH)).isEqualTo("冰川径流");
        assertThat(parts.get(TextLanguage.EN)).isEqualTo("glacier runoff");
    }
}
