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
}
