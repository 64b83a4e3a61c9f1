package com.researchbridge.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalizedFormatsTest {

    @Test
    void kazakhDatesReadAsInPrintWithTheFullMonthAndNoLeadingZero() {
        assertThat(LocalizedFormats.date(LocalDate.of(2026, 12, 7), UiLanguage.KK.locale())).isEqualTo("2026 ж. 7 желтоқсан");
        assertThat(LocalizedFormats.date(LocalDate.of(2027, 3, 15), UiLanguage.KK.locale())).isEqualTo("2027 ж. 15 наурыз");
        assertThat(LocalizedFormats.date(LocalDate.of(2026, 12, 7), UiLanguage.ZH.locale())).isEqualTo("2026年12月7日");
    }

    @Test
    void theSameMomentShowsEachReadersOwnClockWithTheOffset() {
        var moment = Instant.parse("2026-12-07T14:37:00Z");
        String almaty = LocalizedFormats.dateTime(moment, ZoneId.of("Asia/Almaty"), UiLanguage.KK.locale());
        String shanghai = LocalizedFormats.dateTime(moment, ZoneId.of("Asia/Shanghai"), UiLanguage.ZH.locale());
        assertThat(almaty).contains("19:37").contains("UTC+05").doesNotContain("14:37");
        assertThat(shanghai).contains("22:37").contains("UTC+08").doesNotContain("14:37");
        assertThat(LocalizedFormats.dateTime(null, ZoneId.of("UTC"), UiLanguage.EN.locale())).isEmpty();
    }

    @Test
    void readersWithoutABrowserZoneGetTheirLanguagesZoneNeverTheServers() {
        assertThat(ReaderZone.fallback(UiLanguage.KK.locale())).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(ReaderZone.fallback(UiLanguage.ZH.locale())).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(ReaderZone.of(null)).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void chineseListsUseTheEnumerationComma() {
        assertThat(LocalizedFormats.list(List.of("反问题", "正则化", "热传导"), UiLanguage.ZH.locale())).isEqualTo("反问题、正则化、热传导");
        assertThat(LocalizedFormats.list(List.of("a", "b"), UiLanguage.RU.locale())).isEqualTo("a, b");
    }

    @Test
    void datePickersAcceptTheLocalesUsualFormat() {
        assertThat(LocalizedDatePicker.formats(UiLanguage.KK.locale())).first().isEqualTo("dd.MM.yyyy");
        assertThat(LocalizedDatePicker.formats(UiLanguage.RU.locale())).contains("dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(LocalizedDatePicker.formats(UiLanguage.ZH.locale())).first().isEqualTo("yyyy-MM-dd");
        assertThat(LocalizedDatePicker.formats(UiLanguage.EN.locale())).isEmpty();
    }
}
