package org.prozesswerk.exchange.office;

import java.util.ArrayList;
import java.util.List;

/**
 * How multi-valued and structured fields fit into one spreadsheet cell: one item per line, the fields of an item
 * separated by {@code " | "}. Inside a field a backslash, a line break and a vertical bar are written {@code \\},
 * {@code \n} and {@code \|}, so that any text survives; plain text without those characters reads as itself.
 * Example (legal bases): {@code GewO | § 14 | Anzeigepflicht | https://… | leika}.
 */
public final class CellCodec {

    /** Separator of the fields of one item. */
    public static final String FIELD_SEPARATOR = " | ";

    private CellCodec() {
    }

    /** One item of several fields; {@code null} fields are written empty, trailing empty fields are left out. */
    public static String item(String... fields) {
        return appendItem(new StringBuilder(), fields).toString();
    }

    /** {@link #item(String...)} appended to {@code text}, for callers that build a whole cell. */
    public static StringBuilder appendItem(StringBuilder text, String... fields) {
        int last = fields.length - 1;
        while (last > 0 && (fields[last] == null || fields[last].isEmpty())) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                text.append(FIELD_SEPARATOR);
            }
            escape(fields[i], text);
        }
        return text;
    }

    /** Items joined by line breaks. */
    public static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** One escaped field (for single-field items such as tags). */
    public static String field(String value) {
        return appendField(new StringBuilder(), value).toString();
    }

    /** {@link #field(String)} appended to {@code text}. */
    public static StringBuilder appendField(StringBuilder text, String value) {
        escape(value, text);
        return text;
    }

    private static void escape(String value, StringBuilder out) {
        if (value == null) {
            return;
        }
        int start = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c != '\\' && c != '\n' && c != '\r' && c != '|') {
                continue;
            }
            out.append(value, start, i).append('\\').append(switch (c) {
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> c;
            });
            start = i + 1;
        }
        out.append(value, start, n);
    }

    /** The items of a cell: its non-blank lines. */
    public static List<String> splitLines(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        for (String line : cell.split("\r?\n|\r")) {
            if (!line.isBlank()) {
                items.add(line);
            }
        }
        return items;
    }

    /** Whether an item uses the field syntax (has an unescaped field separator). */
    public static boolean isStructured(String item) {
        return !fields(item).isEmpty() && fields(item).size() > 1;
    }

    /**
     * The unescaped fields of one item; fields are trimmed, empty ones are {@code null}. An item without separators
     * gives one field.
     */
    public static List<String> fields(String item) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '\\' && i + 1 < item.length()) {
                char next = item.charAt(++i);
                switch (next) {
                    case 'n' -> field.append('\n');
                    case 'r' -> field.append('\r');
                    default -> field.append(next);
                }
            } else if (c == '|') {
                fields.add(clean(field));
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(clean(field));
        return fields;
    }

    private static String clean(StringBuilder field) {
        // Only the blanks of the separator " | " go; a field's own leading blanks are rare enough to give up.
        String text = field.toString();
        int start = text.startsWith(" ") ? 1 : 0;
        int end = text.endsWith(" ") && text.length() > start ? text.length() - 1 : text.length();
        String value = text.substring(start, end);
        return value.isEmpty() ? null : value;
    }

    /** Field {@code index} of {@code fields}, or {@code null}. */
    public static String at(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : null;
    }
}
