package com.researchbridge.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTransliterationTest {

    @Test
    void kazakhNamesAreRomanisedWithKazakhLetters() {
        assertThat(NameTransliteration.toLatin("Үсенов Саят")).isEqualTo("Usenov Sayat");
        assertThat(NameTransliteration.toLatin("Нұрпейісова Әсел")).isEqualTo("Nurpeiisova Asel");
    }

    @Test
    void russianNamesAreRomanised() {
        assertThat(NameTransliteration.toLatin("Ковалёв Дмитрий")).isEqualTo("Kovalev Dmitriy");
    }

    @Test
    void chineseNamesBecomeSurnameAndGivenNameInPinyin() {
        assertThat(NameTransliteration.toLatin("王晓明")).isEqualTo("Wang Xiaoming");
        assertThat(NameTransliteration.toLatin("艾尔肯·吐尔逊")).isEqualTo("Aierken Tuerxun");
    }

    @Test
    void latinNamesStayAsTheyAre() {
        assertThat(NameTransliteration.toLatin("Jane Smith")).isEqualTo("Jane Smith");
        assertThat(NameTransliteration.toLatin(" ")).isEmpty();
    }
}
