package org.prozesswerk.exchange.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * Dates as the exporters write them: ISO-8601 instants in UTC, exactly {@link Instant#toString()}
 * ({@code 2024-01-01T00:00:00Z}, with {@code .SSS} only when there are milliseconds). Formatted by hand for the years
 * 1000–9999, because {@code Instant.toString()} goes through a general {@code DateTimeFormatter} and a large export
 * formats several dates per Steckbrief; other years take {@code Instant.toString()}.
 */
public final class IsoInstant {

    private static final long SECONDS_PER_DAY = 86_400L;

    private IsoInstant() {
    }

    /** {@code date.toInstant().toString()}, faster. */
    public static String format(Date date) {
        StringBuilder text = new StringBuilder(24);
        append(text, date.getTime());
        return text.toString();
    }

    /** Appends the instant {@code epochMillis} as {@link Instant#toString()} writes it. */
    public static StringBuilder append(StringBuilder text, long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000L);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return text.append(Instant.ofEpochMilli(epochMillis));
        }
        text.append(year).append('-');
        two(text, date.getMonthValue()).append('-');
        two(text, date.getDayOfMonth()).append('T');
        two(text, secondOfDay / 3600).append(':');
        two(text, secondOfDay / 60 % 60).append(':');
        two(text, secondOfDay % 60);
        if (millis != 0) {
            text.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                    .append((char) ('0' + millis % 10));
        }
        return text.append('Z');
    }

    private static StringBuilder two(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
