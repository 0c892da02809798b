package org.prozesswerk.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast date parser of register files must agree with the SimpleDateFormat pattern the files are written in. */
class UtcDatesTest {

    private static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    @Test
    void agreesWithSimpleDateFormatInEveryZoneAndOffset() throws ParseException {
        Random random = new Random(20261123);
        SimpleDateFormat parser = new SimpleDateFormat(PATTERN);
        for (String zone : new String[] { "UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu" }) {
            SimpleDateFormat writer = new SimpleDateFormat(PATTERN);
            writer.setTimeZone(TimeZone.getTimeZone(zone));
            for (int i = 0; i < 2_000; i++) {
                // 1600 .. 2200, including leap days and summer time changes.
                long millis = -11_676_096_000_000L + (long) (random.nextDouble() * 18_934_560_000_000L);
                String text = writer.format(new Date(millis));
                assertEquals(parser.parse(text).getTime(), UtcDates.parse(text), text);
                if (zone.equals("UTC")) {
                    // Other zones had local mean time offsets with seconds, which the format cannot carry.
                    assertEquals(millis, UtcDates.parse(text), text);
                }
            }
        }
    }

    @Test
    void parsesTheFormWrittenByRegisterFiles() {
        assertEquals(1_705_307_400_123L, UtcDates.parse("2024-01-15T08:30:00.123+0000"));
        assertEquals(1_705_307_400_123L, UtcDates.parse("2024-01-15T09:30:00.123+0100"));
        assertEquals(1_705_307_400_123L, UtcDates.parse("2024-01-15T03:00:00.123-0530"));
    }

    /** Anything else is left to EMF's lenient parsing, which also produces the error message for bad values. */
    @ParameterizedTest
    @ValueSource(strings = { "", "2024-01-15", "2024-01-15T08:30:00", "2024-01-15T08:30:00.123", "2024-01-15T08:30:00.123Z",
            "2024-01-15T08:30:00.123+00:00", "2024-02-30T08:30:00.123+0000", "2024-01-15T24:00:00.123+0000",
            "2024-01-15T08:60:00.123+0000", "2024-13-15T08:30:00.123+0000", "2024-01-15 08:30:00.123+0000",
            "2024-01-15T08:30:00.123 0000", "2024-01-1xT08:30:00.123+0000", "1200-01-15T08:30:00.123+0000",
            "+024-01-15T08:30:00.123+0000" })
    void leavesOtherFormsToEmf(String text) {
        assertEquals(UtcDates.INVALID, UtcDates.parse(text), text);
    }
}
