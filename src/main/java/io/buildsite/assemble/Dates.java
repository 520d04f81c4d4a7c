package io.buildsite.assemble;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Content dates ({@code 2026-04-13T14:00:00.000000Z}) shown the way each language writes them. */
final class Dates {
    private Dates() {
    }

    /** The calendar date, or null when the text is not a date. */
    static LocalDate parse(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** When content last changed: its update date, else its publication date (either may be null). */
    static String lastChange(String updated, String published) {
        return updated != null ? updated : published;
    }

    static String iso(String text) {
        LocalDate date = parse(text);
        return date == null ? null : date.toString();
    }

    /** The JDK's (CLDR) long date: Vietnamese {@code 13 tháng 4, 2026}, English {@code April 13, 2026}. */
    static String display(String text, String lang) {
        LocalDate date = parse(text);
        if (date == null) {
            return null;
        }
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
    }
}
