package com.researchbridge.institution;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import java.util.Locale;

/** An institution as other modules and views see it. */
public record InstitutionSummary(InstitutionId id, String code, Country country, boolean researchInstitute,
                                 String nameNative, String nameEn, String nameRu,
                                 String cityNative, String cityEn, String website, OtherNames otherNames) {

    /** The names in the languages that are neither the institution's own nor English nor Russian (migration V20). */
    public record OtherNames(String nameZh, String nameKk, String cityRu, String cityKk, String cityZh) {
        static final OtherNames NONE = new OtherNames(null, null, null, null, null);
    }

    public InstitutionSummary {
        otherNames = otherNames == null ? OtherNames.NONE : otherNames;
    }

    public InstitutionSummary(InstitutionId id, String code, Country country, boolean researchInstitute,
                              String nameNative, String nameEn, String nameRu,
                              String cityNative, String cityEn, String website) {
        this(id, code, country, researchInstitute, nameNative, nameEn, nameRu, cityNative, cityEn, website, OtherNames.NONE);
    }

    /**
     * The name in the reader's UI language: the official native name for readers of the institution's own
     * language, our translation for the other languages, English where no translation is known.
     */
    public String displayName(Locale locale) {
        return switch (UiLanguage.of(locale)) {
            case KK -> country == Country.KZ ? nameNative : or(otherNames.nameKk(), nameEn);
            case ZH -> country == Country.CN ? nameNative : or(otherNames.nameZh(), nameEn);
            case RU -> or(nameRu, nameEn);
            case EN -> nameEn;
        };
    }

    public String displayCity(Locale locale) {
        return switch (UiLanguage.of(locale)) {
            case KK -> country == Country.KZ ? cityNative : or(otherNames.cityKk(), cityEn);
            case ZH -> country == Country.CN ? cityNative : or(otherNames.cityZh(), cityEn);
            case RU -> or(otherNames.cityRu(), country == Country.KZ ? cityNative : cityEn);
            case EN -> cityEn;
        };
    }

    /** "Name, City"; in Chinese "名称（城市）", as Chinese addresses write it, without an ASCII comma. */
    public String displayNameAndCity(Locale locale) {
        return UiLanguage.of(locale) == UiLanguage.ZH ? displayName(locale) + "（" + displayCity(locale) + "）"
                : displayName(locale) + ", " + displayCity(locale);
    }

    private static String or(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
