package com.researchbridge.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticalLanguageDetectorTest {

    @Test
    void theModelIsLoadedAndLeansTheRightWay() {
        double kazakh = StatisticalLanguageDetector.kazakhOverRussian("Іле Алатауы мұздықтарының масса балансын зерттеймін.");
        assertThat(kazakh).isPositive();
        assertThat(StatisticalLanguageDetector.kazakhOverRussian("Наша лаборатория разрабатывает методы повышения плодородия почв."))
                .isNegative();
        assertThat(StatisticalLanguageDetector.kazakhOverEnglish("Machine learning models predict crop yields from satellite data."))
                .isNegative();
    }

    @Test
    void hugeAndOddInputIsCutNotFatal() {
        assertThat(StatisticalLanguageDetector.kazakhOverRussian("ы".repeat(1_000_000))).isFinite();
        assertThat(StatisticalLanguageDetector.kazakhOverEnglish("")).isFinite();
    }
}
