package org.prozesswerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.prozesswerk.exchange.io.Utf8Writer;

/** {@link Utf8Writer} gives the bytes of {@code OutputStreamWriter(out, UTF_8)}, whatever the calls and buffer size. */
class Utf8WriterTest {

    /** Characters that exercise every branch: ASCII, 2- and 3-byte sequences, pairs, lone surrogates. */
    private static final char[] ALPHABET = { 'a', 'Z', '0', ';', '"', '\n', '\r', '\t', 0, 0x7F, 0x80, 'ä', 'ß',
            0x7FF, 0x800, '–', '€', 0xFFFD, 0xFFFF, 0xD83D, 0xDE00, 0xD800, 0xDFFF };

    @Test
    void umlautsDashAndEmojiAsUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            writer.write("Straße – Maß 😀 €");
        }
        assertEquals("Straße – Maß 😀 €", bytes.toString(StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80 },
                "😀".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsWithOutputStreamWriter() throws IOException {
        String text = "a\uD800b\uDC00c\uD83D";
        assertArrayEquals(reference(text), written(text, 64));
        assertEquals("a?b?c?", new String(written(text, 64), StandardCharsets.UTF_8));
    }

    @Test
    void sameBytesAsOutputStreamWriterForRandomTextAndCallPatterns() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int i = 0; i < length; i++) {
                // Mostly ASCII, as in real exports, so that the fast path meets buffer ends mid-run.
                text.append(random.nextInt(4) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)]
                        : (char) ('a' + random.nextInt(26)));
            }
            String expected = text.toString();
            int bufferSize = 1 + random.nextInt(200);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer writer = new Utf8Writer(bytes, bufferSize)) {
                int i = 0;
                while (i < expected.length()) {
                    // Random chunks through every entry point, so surrogate pairs get split between calls.
                    int n = Math.min(expected.length() - i, random.nextInt(40));
                    switch (random.nextInt(5)) {
                        case 0 -> writer.write(expected, i, n);
                        case 1 -> writer.write(expected.toCharArray(), i, n);
                        case 2 -> writer.append(new StringBuilder(expected), i, i + n);
                        case 3 -> {
                            for (int k = i; k < i + n; k++) {
                                writer.write(expected.charAt(k));
                            }
                        }
                        default -> {
                            writer.flush();
                            writer.append(expected.subSequence(i, i + n));
                        }
                    }
                    i += n;
                }
            }
            assertArrayEquals(reference(expected), bytes.toByteArray(), "round " + round + ", buffer " + bufferSize);
        }
    }

    @Test
    void decimalsAsLongToString() throws IOException {
        long[] values = { 0, 7, -7, 10, 99, 1200, -1200, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1 };
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes, 30)) {
            for (long value : values) {
                writer.writeDecimal(value).write(',');
                expected.append(value).append(',');
            }
        }
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.US_ASCII));
    }

    private static byte[] written(String text, int bufferSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes, bufferSize)) {
            writer.write(text);
        }
        return bytes.toByteArray();
    }

    private static byte[] reference(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        return bytes.toByteArray();
    }
}
