package org.prozesswerk.exchange.json.internal;

import java.io.IOException;
import java.util.Date;

import org.prozesswerk.exchange.io.IsoInstant;
import org.prozesswerk.exchange.io.Utf8Writer;

/**
 * A small streaming JSON writer: the caller decides the key order, so output is deterministic. Strings are escaped
 * per RFC 8259 (quote, backslash, control characters; U+2028/2029 as well, for JavaScript consumers); non-finite
 * numbers become {@code null}.
 */
public final class JsonWriter {

    private static final String[] NEWLINES = new String[32];

    static {
        for (int i = 0; i < NEWLINES.length; i++) {
            NEWLINES[i] = "\n" + "  ".repeat(i);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Utf8Writer out;
    private final boolean indent;
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    public JsonWriter(Utf8Writer out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    public JsonWriter beginObject() throws IOException {
        return open('{');
    }

    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException {
        return open('[');
    }

    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    private JsonWriter open(char bracket) throws IOException {
        value();
        out.write(bracket);
        depth++;
        first = true;
        return this;
    }

    private JsonWriter close(char bracket) throws IOException {
        depth--;
        if (!first) {
            newline();
        }
        out.write(bracket);
        first = false;
        return this;
    }

    public JsonWriter key(String name) throws IOException {
        separator();
        string(name);
        out.write(indent ? ": " : ":");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String text) throws IOException {
        value();
        if (text == null) {
            out.write("null");
        } else {
            string(text);
        }
        return this;
    }

    public JsonWriter value(long number) throws IOException {
        value();
        out.writeDecimal(number);
        return this;
    }

    public JsonWriter value(double number) throws IOException {
        value();
        if (Double.isFinite(number)) {
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                out.writeDecimal((long) number);
            } else {
                out.write(Double.toString(number));
            }
        } else {
            out.write("null");
        }
        return this;
    }

    public JsonWriter value(boolean flag) throws IOException {
        value();
        out.write(flag ? "true" : "false");
        return this;
    }

    /** A date as an ISO-8601 instant in UTC, or null. */
    public JsonWriter value(Date date) throws IOException {
        return value(date == null ? null : IsoInstant.format(date));
    }

    public JsonWriter nullValue() throws IOException {
        value();
        out.write("null");
        return this;
    }

    public JsonWriter field(String name, String text) throws IOException {
        return key(name).value(text);
    }

    public JsonWriter field(String name, long number) throws IOException {
        return key(name).value(number);
    }

    public JsonWriter field(String name, double number) throws IOException {
        return key(name).value(number);
    }

    public JsonWriter field(String name, boolean flag) throws IOException {
        return key(name).value(flag);
    }

    public JsonWriter field(String name, Date date) throws IOException {
        return key(name).value(date);
    }

    private void value() throws IOException {
        if (afterKey) {
            afterKey = false;
        } else {
            separator();
        }
        first = false;
    }

    private void separator() throws IOException {
        if (depth == 0) {
            return;
        }
        if (!first) {
            out.write(',');
        }
        newline();
    }

    private void newline() throws IOException {
        if (indent) {
            out.write(depth < NEWLINES.length ? NEWLINES[depth] : "\n" + "  ".repeat(depth));
        }
    }

    private void string(String text) throws IOException {
        out.write('"');
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Nearly every character is written as it is; runs of them go out in one call.
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.write(text, start, i - start);
            start = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    // Other control characters and U+2028/2029: backslash, 'u', four lower-case hex digits.
                    out.write("\\u");
                    out.write(HEX[c >> 12 & 0xF]);
                    out.write(HEX[c >> 8 & 0xF]);
                    out.write(HEX[c >> 4 & 0xF]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        out.write(text, start, n - start);
        out.write('"');
    }
}
