package com.researchbridge.researcher;

import java.util.List;

/**
 * A language a researcher can work in, and how well.
 *
 * @param language an ISO 639-1 code from {@link #CODES}
 */
public record SpokenLanguage(String language, LanguageLevel level) {

    /** The languages a researcher can name: those of the region first, then widely used ones in research. */
    public static final List<String> CODES = List.of("kk", "ru", "zh", "en", "ug", "ky", "uz", "tg", "mn", "tr",
            "de", "fr", "es", "ar", "fa", "ja", "ko");

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static String translationKey(String code) {
        return "spokenLanguage." + code;
    }
}
