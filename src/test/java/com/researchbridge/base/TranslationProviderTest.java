package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();
    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void answersInTheRequestedLanguage() {
        assertThat(provider.getTranslation("country.KZ", UiLanguage.ZH.locale())).isEqualTo("哈萨克斯坦");
        assertThat(provider.getTranslation("country.CN", UiLanguage.KK.locale())).isEqualTo("Қытай");
        assertThat(provider.getTranslation("country.CN", Locale.ENGLISH)).isEqualTo("China");
    }

    @Test
    void aServerRunningInAnotherLocaleStillAnswersInEnglishToEnglishReaders() {
        Locale.setDefault(Locale.of("ru"));
        assertThat(provider.getTranslation("country.KZ", Locale.ENGLISH)).isEqualTo("Kazakhstan");
    }

    @Test
    void fillsPlaceholders() {
        assertThat(provider.getTranslation("researcherHome.welcome", Locale.ENGLISH, "Aigerim")).isEqualTo("Welcome, Aigerim");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanSilentlyEmpty() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
