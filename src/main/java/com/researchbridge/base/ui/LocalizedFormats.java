package com.researchbridge.base.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers written the way the reader's UI language writes them. */
public final class LocalizedFormats {

    private LocalizedFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(ZonedDateTime.ofInstant(instant, ZoneId.systemDefault()).toLocalDate(), locale);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
