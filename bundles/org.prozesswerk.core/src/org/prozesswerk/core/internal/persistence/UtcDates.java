package org.prozesswerk.core.internal.persistence;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses dates in exactly the form register files are written in, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} (for example
 * {@code 2026-11-23T05:00:00.000+0000}), without the cost of {@link java.text.SimpleDateFormat}.
 */
final class UtcDates {

    /** Returned when the text is not in the exact form; the caller then falls back to EMF's lenient parsing. */
    static final long INVALID = Long.MIN_VALUE;

    private static final int LENGTH = "yyyy-MM-ddTHH:mm:ss.SSS+hhmm".length();

    private UtcDates() {
    }

    /** Milliseconds since the epoch, or {@link #INVALID}. */
    static long parse(String text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.') {
            return INVALID;
        }
        char sign = text.charAt(23);
        if (sign != '+' && sign != '-') {
            return INVALID;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        int offsetHours = digits(text, 24, 2);
        int offsetMinutes = digits(text, 26, 2);
        // Before 1583 java.util dates are Julian, java.time is not: leave those rare dates to EMF.
        if ((year | month | day | hour | minute | second | millis | offsetHours | offsetMinutes) < 0 || year < 1583
                || hour > 23
                || minute > 59 || second > 59 || offsetMinutes > 59) {
            return INVALID;
        }
        long epochDay;
        try {
            // Rejects days the lenient SimpleDateFormat would roll over (Feb 30); EMF then decides.
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return INVALID;
        }
        int offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (sign == '-' ? -1 : 1);
        long seconds = epochDay * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds;
        return seconds * 1_000 + millis;
    }

    /** The non-negative number in {@code text[start, start + count)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
