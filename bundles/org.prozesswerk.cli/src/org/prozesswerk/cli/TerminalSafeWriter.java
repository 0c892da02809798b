package org.prozesswerk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Shows control characters from the data visibly instead of sending them to the terminal: a register or an import
 * file may hold ESC (colours, cursor moves, window titles), BEL, NUL, CR (overwrites the line) or C1 controls such as
 * CSI. Each becomes {@code \u001B}-style text, which is also a valid escape inside the JSON that commands print.
 * Line feed and tab pass unchanged.
 */
public final class TerminalSafeWriter extends FilterWriter {

    public TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** {@code text} with every control character except LF and TAB escaped. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            append(escaped, text.charAt(i));
        }
        return escaped.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
    }

    private static void append(StringBuilder target, char c) {
        if (isControl(c)) {
            target.append(String.format("\\u%04X", (int) c));
        } else {
            target.append(c);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl((char) c)) {
            out.write(String.format("\\u%04X", c & 0xFFFF));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(escape(text.substring(offset, offset + length)));
    }
}
