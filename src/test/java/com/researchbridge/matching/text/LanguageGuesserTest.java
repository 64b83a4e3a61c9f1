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
}
