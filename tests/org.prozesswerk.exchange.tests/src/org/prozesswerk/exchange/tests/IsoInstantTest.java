package org.prozesswerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Date;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.prozesswerk.exchange.io.IsoInstant;

/** {@link IsoInstant} writes exactly what {@link Instant#toString()} writes. */
class IsoInstantTest {

    @Test
    void knownValues() {
        assertEquals("2024-01-01T00:00:00Z", IsoInstant.format(Date.from(Instant.parse("2024-01-01T00:00:00Z"))));
        assertEquals("2024-01-15T08:30:00.123Z", IsoInstant.format(Date.from(Instant.parse("2024-01-15T08:30:00.123Z"))));
        assertEquals("2030-12-31T23:59:59.999Z", IsoInstant.format(Date.from(Instant.parse("2030-12-31T23:59:59.999Z"))));
        assertEquals("2024-02-29T12:00:00.010Z", IsoInstant.format(Date.from(Instant.parse("2024-02-29T12:00:00.010Z"))));
        assertEquals("1970-01-01T00:00:00Z", IsoInstant.format(new Date(0)));
        assertEquals("1969-12-31T23:59:59.999Z", IsoInstant.format(new Date(-1)));
    }

    @Test
    void sameAsInstantToStringOverTheWholeRange() {
        SplittableRandom random = new SplittableRandom(11);
        long[] ranges = { 1L << 36, 1L << 42, 1L << 46, Long.MAX_VALUE / 2 };
        for (long range : ranges) {
            for (int i = 0; i < 20_000; i++) {
                long millis = random.nextLong(-range, range);
                if (random.nextBoolean()) {
                    millis -= Math.floorMod(millis, 1000L); // whole seconds: no fraction
                }
                assertEquals(Instant.ofEpochMilli(millis).toString(), IsoInstant.format(new Date(millis)),
                        "millis " + millis);
            }
        }
        for (long millis : new long[] { Long.MIN_VALUE, Long.MAX_VALUE, -30_610_224_000_000L, -30_610_224_000_001L,
                253_402_300_799_999L, 253_402_300_800_000L }) {
            assertEquals(Instant.ofEpochMilli(millis).toString(), IsoInstant.format(new Date(millis)), "millis " + millis);
        }
    }
}
