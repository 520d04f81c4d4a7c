package io.buildsite.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * When content last changed, as RFC 3339 text: a date ({@code 2026-12-02}) or a date-time with its offset
 * ({@code 2026-12-02T09:30:00+07:00}). A date-time keeps the offset it was written with, so the day shown
 * is the author's day.
 */
final class UpdatedDate {
    static final String KEY = "updated";

    private UpdatedDate() {
    }

    /** The front matter's {@code updated}, or null when it is not set or not a date (reported at its line). */
    static String read(ContentFile file, Fields fields) {
        String value = fields.string(KEY);
        if (value == null) {
            return null;
        }
        String written = file.writtenValue(KEY);
        String text = written == null || written.isEmpty() ? value : written;
        String date = normalize(text);
        if (date == null) {
            file.error(file.lineOfKey(KEY), "'" + KEY + "' must be a date such as 2026-12-02 or a date-time such as "
                    + "2026-12-02T09:30:00+07:00, not '" + text + "'");
        }
        return date;
    }

    /**
     * {@code text} as RFC 3339, or null when it is no real date: a date-time written without an offset is
     * taken as UTC, and a space may stand for the {@code T}.
     */
    static String normalize(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).toString();
            }
            t = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
            OffsetDateTime time = t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10
                    ? OffsetDateTime.parse(t) : LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
