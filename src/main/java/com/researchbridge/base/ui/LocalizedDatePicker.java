package com.researchbridge.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * A date picker that speaks the page's language: month and weekday names from the JDK's locale data (CLDR,
 * which covers Kazakh), weeks from Monday as in both countries, and the "Today"/"Cancel" buttons from our translations.
 */
public final class LocalizedDatePicker {

    private LocalizedDatePicker() {
    }

    public static DatePicker create(String label, com.vaadin.flow.component.Component page, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        // Vaadin lists weekdays from Sunday.
        var week = java.util.List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
        // Weeks start on Monday in Kazakhstan and China whatever the UI language (a bare "kk" locale would say Sunday).
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(page.getTranslation("date.today"));
        i18n.setCancel(page.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(page.getTranslation("date.badInput"));
        var formats = formats(locale);
        if (!formats.isEmpty()) {
            i18n.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
        }
        picker.setI18n(i18n);
        return picker;
    }

    /**
     * The formats typed dates are read in, the first also used for display: Kazakh and Russian write 15.03.2027,
     * Chinese 2027-03-15 (or with slashes); ISO is accepted everywhere. English keeps the picker's own default.
     */
    static java.util.List<String> formats(Locale locale) {
        return switch (com.researchbridge.base.UiLanguage.of(locale)) {
            case KK, RU -> java.util.List.of("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
            case ZH -> java.util.List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d");
            case EN -> java.util.List.of();
        };
    }
}
