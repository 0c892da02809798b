package org.prozesswerk.exchange.json.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Date;

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

    private final Writer out;
    private final boolean indent;
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    public JsonWriter(Writer out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    public JsonWriter beginObject() throws IOException {
        value();
        out.write('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() throws IOException {
        depth--;
        if (!first) {
            newline();
        }
        out.write('}');
        first = false;
        return this;
    }

    public JsonWriter beginArray() throws IOException {
        value();
        out.write('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() throws IOException {
        depth--;
        if (!first) {
            newline();
        }
        out.write(']');
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
        out.write(Long.toString(number));
        return this;
    }

    public JsonWriter value(double number) throws IOException {
        value();
        if (Double.isFinite(number)) {
            out.write(number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                    : Double.toString(number));
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
        return value(date == null ? null : date.toInstant().toString());
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
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                out.write(text, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(text, start, n - start);
        out.write('"');
    }
}
