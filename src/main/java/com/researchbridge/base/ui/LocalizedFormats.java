package com.researchbridge.base.ui;

import com.researchbridge.base.UiLanguage;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;

/** Dates, times, numbers and lists written the way the reader's UI language writes them. */
public final class LocalizedFormats {

    /**
     * Kazakh as people write it ("2026 ж. 7 желтоқсан"): the JDK's medium style gives "2026 ж. 07 жел.", which
     * reads like a form field; the full month name without a leading zero is what newspapers and letters use.
     */
    private static final DateTimeFormatter KAZAKH_DATE = DateTimeFormatter.ofPattern("y 'ж'. d MMMM", Locale.of("kk"));
    private static final DateTimeFormatter KAZAKH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.of("kk"));

    private LocalizedFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return UiLanguage.of(locale) == UiLanguage.KK ? KAZAKH_DATE.format(date)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(ZonedDateTime.ofInstant(instant, ZoneId.systemDefault()).toLocalDate(), locale);
    }

    /** A moment in the reader's time zone, with the zone's offset so that nobody mistakes it for their own clock. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = ZonedDateTime.ofInstant(instant, zone);
        String time = UiLanguage.of(locale) == UiLanguage.KK ? KAZAKH_TIME.format(local)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local);
        return date(local.toLocalDate(), locale) + " " + time + " (" + offset(local) + ")";
    }

    private static String offset(ZonedDateTime time) {
        String id = time.getOffset().getId();
        return "UTC" + (id.equals("Z") ? "" : id.replaceFirst(":00$", ""));
    }

    /** The UI language of the page a component is (or is about to be) on. */
    public static Locale localeOf(com.vaadin.flow.component.Component component) {
        return component.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()).map(com.vaadin.flow.component.UI::getLocale))
                .orElse(Locale.ENGLISH);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Items of an enumeration: Chinese separates them with the enumeration comma "、", the others with ", ". */
    public static String list(Collection<String> items, Locale locale) {
        return String.join(UiLanguage.of(locale) == UiLanguage.ZH ? "、" : ", ", items);
    }
}
