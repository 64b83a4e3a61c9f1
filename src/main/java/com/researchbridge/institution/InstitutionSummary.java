package com.researchbridge.institution;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import java.util.Locale;

/** An institution as other modules and views see it. */
public record InstitutionSummary(InstitutionId id, String code, Country country, boolean researchInstitute,
                                 String nameNative, String nameEn, String nameRu,
                                 String cityNative, String cityEn, String website) {

    /**
     * The name a reader of the given UI language understands best: the official native name when the
     * reader's language is the institution's own, the Russian name for Russian readers where one exists,
     * otherwise English.
     */
    public String displayName(Locale locale) {
        return switch (UiLanguage.of(locale)) {
            case KK -> country == Country.KZ ? nameNative : nameEn;
            case ZH -> country == Country.CN ? nameNative : nameEn;
            case RU -> nameRu != null && !nameRu.isBlank() ? nameRu : nameEn;
            case EN -> nameEn;
        };
    }

    public String displayCity(Locale locale) {
        var language = UiLanguage.of(locale);
        boolean nativeReader = (language == UiLanguage.KK && country == Country.KZ)
                || (language == UiLanguage.ZH && country == Country.CN)
                || (language == UiLanguage.RU && country == Country.KZ);
        return nativeReader ? cityNative : cityEn;
    }
}
