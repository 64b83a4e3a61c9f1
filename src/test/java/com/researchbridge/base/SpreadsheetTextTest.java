package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void cellsThatWouldStartAFormulaGetAnApostropheAndOthersStayAsTheyAre() {
        assertThat(SpreadsheetText.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetText.cell("+7 701")).isEqualTo("'+7 701");
        assertThat(SpreadsheetText.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.cell("天山冰川 = glaciers")).isEqualTo("天山冰川 = glaciers");
        assertThat(SpreadsheetText.cell(null)).isEmpty();
    }
}
