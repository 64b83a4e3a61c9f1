package com.researchbridge.institution;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.base.UiLanguage;
import org.junit.jupiter.api.Test;

class InstitutionSummaryTest {

    private final InstitutionSummary kaznu = new InstitutionSummary(new InstitutionId(1), "KZ-KAZNU", Country.KZ, false,
            "Әл-Фараби атындағы Қазақ ұлттық университеті", "Al-Farabi Kazakh National University",
            "Казахский национальный университет имени аль-Фараби", "Алматы", "Almaty", null);
    private final InstitutionSummary tsinghua = new InstitutionSummary(new InstitutionId(2), "CN-TSINGHUA", Country.CN,
            false, "清华大学", "Tsinghua University", null, "北京", "Beijing", null);

    @Test
    void readersOfTheInstitutionsOwnLanguageSeeTheNativeName() {
        assertThat(kaznu.displayName(UiLanguage.KK.locale())).startsWith("Әл-Фараби");
        assertThat(tsinghua.displayName(UiLanguage.ZH.locale())).isEqualTo("清华大学");
    }

    @Test
    void russianReadersSeeTheRussianNameWhereThereIsOne() {
        assertThat(kaznu.displayName(UiLanguage.RU.locale())).startsWith("Казахский");
        assertThat(tsinghua.displayName(UiLanguage.RU.locale())).isEqualTo("Tsinghua University");
    }

    @Test
    void readersFromTheOtherCountrySeeTheEnglishName() {
        assertThat(kaznu.displayName(UiLanguage.ZH.locale())).isEqualTo("Al-Farabi Kazakh National University");
        assertThat(tsinghua.displayName(UiLanguage.KK.locale())).isEqualTo("Tsinghua University");
        assertThat(tsinghua.displayCity(UiLanguage.KK.locale())).isEqualTo("Beijing");
        assertThat(kaznu.displayCity(UiLanguage.RU.locale())).isEqualTo("Алматы");
    }

    private final InstitutionSummary kaznuTranslated = new InstitutionSummary(new InstitutionId(1), "KZ-KAZNU", Country.KZ,
            false, "Әл-Фараби атындағы Қазақ ұлттық университеті", "Al-Farabi Kazakh National University",
            "Казахский национальный университет имени аль-Фараби", "Алматы", "Almaty", null,
            new InstitutionSummary.OtherNames("阿里-法拉比哈萨克国立大学", null, "Алматы", "Алматы", "阿拉木图"));
    private final InstitutionSummary tsinghuaTranslated = new InstitutionSummary(new InstitutionId(2), "CN-TSINGHUA",
            Country.CN, false, "清华大学", "Tsinghua University", "Университет Цинхуа", "北京", "Beijing", null,
            new InstitutionSummary.OtherNames(null, "Цинхуа университеті", "Пекин", "Бейжің", "北京"));

    @Test
    void translatedNamesAndCitiesAreShownInTheReadersLanguage() {
        assertThat(kaznuTranslated.displayName(UiLanguage.ZH.locale())).isEqualTo("阿里-法拉比哈萨克国立大学");
        assertThat(kaznuTranslated.displayCity(UiLanguage.ZH.locale())).isEqualTo("阿拉木图");
        assertThat(tsinghuaTranslated.displayName(UiLanguage.KK.locale())).isEqualTo("Цинхуа университеті");
        assertThat(tsinghuaTranslated.displayCity(UiLanguage.KK.locale())).isEqualTo("Бейжің");
        assertThat(tsinghuaTranslated.displayName(UiLanguage.RU.locale())).isEqualTo("Университет Цинхуа");
        assertThat(tsinghuaTranslated.displayCity(UiLanguage.RU.locale())).isEqualTo("Пекин");
        assertThat(tsinghuaTranslated.displayCity(UiLanguage.EN.locale())).isEqualTo("Beijing");
    }
}
