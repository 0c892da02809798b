package org.prozesswerk.exchange.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered UTF-8 writer for the bulk exporters, in place of {@code BufferedWriter} over {@code OutputStreamWriter}:
 * it encodes straight into its own byte buffer, takes no lock per call, copies strings and {@link StringBuilder}s
 * in bulk (a builder without turning it into a {@code String} first). For a 100,000-Steckbrief export these calls number in the tens of millions.
 * <p>
 * The bytes are those of {@code OutputStreamWriter(out, UTF_8)}: a surrogate pair becomes one four-byte sequence (also
 * when the pair is split between two calls), a lone surrogate becomes {@code '?'}. Not thread-safe; one writer
 * belongs to one export. {@link #flush()} flushes the underlying stream, {@link #close()} closes it.
 */
public final class Utf8Writer extends Writer {

    private static final int DEFAULT_BUFFER = 1 << 16;
    private static final int CHUNK = 4096;

    private final OutputStream out;
    private final byte[] buffer;
    private final char[] chunk = new char[CHUNK];
    private int position;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char pendingHigh;

    public Utf8Writer(OutputStream out) {
        this(out, DEFAULT_BUFFER);
    }

    public Utf8Writer(OutputStream out, int bufferSize) {
        this.out = Objects.requireNonNull(out, "out");
        // Room for the longest sequence (4 bytes) must always exist after a flush.
        this.buffer = new byte[Math.max(bufferSize, 64)];
    }

    @Override
    public void write(int c) throws IOException {
        if (position >= buffer.length - 4) {
            flushBuffer();
        }
        encode((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (position >= buffer.length - 4) {
                flushBuffer();
            }
            if (pendingHigh == 0) {
                // An ASCII run with one capacity check: at most the free space above the 4-byte reserve.
                int limit = Math.min(end, i + buffer.length - 4 - position);
                byte[] b = buffer;
                int p = position;
                char c;
                while (i < limit && (c = chars[i]) < 0x80) {
                    b[p++] = (byte) c;
                    i++;
                }
                position = p;
                if (i == limit) {
                    continue;
                }
            }
            encode(chars[i++]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        append(text, offset, offset + length);
    }

    @Override
    public void write(String text) throws IOException {
        append(text, 0, text.length());
    }

    @Override
    public Utf8Writer append(CharSequence text) throws IOException {
        if (text == null) {
            return append("null", 0, 4);
        }
        return append(text, 0, text.length());
    }

    @Override
    public Utf8Writer append(CharSequence text, int start, int end) throws IOException {
        if (text == null) {
            return append("null", start, end);
        }
        Objects.checkFromToIndex(start, end, text.length());
        // Copied into a char buffer in bulk and encoded from there (one encoding loop, write(char[], ...)): cheaper
        // than a charAt call per character, which also stays fast when the call site sees several types.
        for (int from = start; from < end; from += CHUNK) {
            int to = Math.min(end, from + CHUNK);
            copyToChunk(text, from, to);
            write(chunk, 0, to - from);
        }
        return this;
    }

    private void copyToChunk(CharSequence text, int from, int to) {
        if (text instanceof String string) {
            string.getChars(from, to, chunk, 0);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(from, to, chunk, 0);
        } else {
            for (int i = from; i < to; i++) {
                chunk[i - from] = text.charAt(i);
            }
        }
    }

    @Override
    public Utf8Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    /** Writes the decimal digits of {@code value}, as {@link Long#toString(long)} would, without allocating. */
    public Utf8Writer writeDecimal(long value) throws IOException {
        if (value == Long.MIN_VALUE) {
            return append("-9223372036854775808");
        }
        if (position > buffer.length - 21) {
            flushBuffer();
        }
        if (pendingHigh != 0) {
            pendingHigh = 0;
            buffer[position++] = '?';
        }
        long v = value;
        if (v < 0) {
            buffer[position++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        int p = position + digits;
        position = p;
        do {
            buffer[--p] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        } while (v != 0);
        return this;
    }

    /**
     * Encodes one character; the caller guarantees 4 free bytes, which is enough in every case: a completed pair
     * takes 4, a broken pair's {@code '?'} plus the next character at most 1 + 3.
     */
    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buffer[position++] = (byte) (0xF0 | cp >> 18);
                buffer[position++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[position++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[position++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buffer[position++] = '?';
        }
        if (c < 0x80) {
            buffer[position++] = (byte) c;
        } else if (c < 0x800) {
            buffer[position++] = (byte) (0xC0 | c >> 6);
            buffer[position++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[position++] = '?';
        } else {
            buffer[position++] = (byte) (0xE0 | c >> 12);
            buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[position++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void flushBuffer() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    /** Writes the buffered bytes and flushes the stream; a trailing unpaired high surrogate stays pending. */
    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /** Writes everything (a trailing unpaired high surrogate as {@code '?'}) and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                if (position >= buffer.length - 4) {
                    flushBuffer();
                }
                pendingHigh = 0;
                buffer[position++] = '?';
            }
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
