package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiLanguageTest {

    @Test
    void browserLanguageTagsMapToTheOfferedLanguages() {
        assertThat(UiLanguage.fromCode("zh-CN")).contains(UiLanguage.ZH);
        assertThat(UiLanguage.fromCode("kk_KZ")).contains(UiLanguage.KK);
        assertThat(UiLanguage.fromCode("ru")).contains(UiLanguage.RU);
        assertThat(UiLanguage.fromCode("de")).isEmpty();
        assertThat(UiLanguage.fromCode(" ")).isEmpty();
    }

    @Test
    void unsupportedLocalesFallBackToEnglish() {
        assertThat(UiLanguage.of(Locale.GERMAN)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.of(null)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(UiLanguage.ZH);
    }

    @Test
    void chineseUsesTheSimplifiedChineseLocale() {
        assertThat(UiLanguage.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiLanguage.KK.locale().getLanguage()).isEqualTo("kk");
    }
}
