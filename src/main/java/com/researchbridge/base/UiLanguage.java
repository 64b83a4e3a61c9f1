package com.researchbridge.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the user interface speaks, with the name each language calls itself. */
public enum UiLanguage {
    EN("en", "English"),
    RU("ru", "Русский"),
    KK("kk", "Қазақша"),
    ZH("zh", "中文");

    private final String code;
    private final String nativeName;

    UiLanguage(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.of(code);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(UiLanguage::locale).toList();
    }

    /** The UI language for a code such as {@code "kk"} or {@code "zh-CN"}; empty when unsupported. */
    public static Optional<UiLanguage> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    /** The UI language for a locale, falling back to English when the locale's language is not offered. */
    public static UiLanguage of(Locale locale) {
        return locale == null ? EN : fromCode(locale.toLanguageTag()).orElse(EN);
    }
}
