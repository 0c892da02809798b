package org.prozesswerk.exchange.office.internal;

/**
 * Keeps spreadsheet programs from running text as a formula (CSV/formula injection, OWASP): a cell that starts with
 * {@code = + - @}, TAB or CR gets a leading apostrophe on export, which Excel and LibreOffice show as text. To be
 * reversible, a cell that already starts with apostrophes followed by such a character gets one more; the import
 * takes exactly one away. So export and re-import give back every value unchanged.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True when {@code text} must get a leading apostrophe before it goes into a CSV or XLSX cell. */
    public static boolean needsPrefix(CharSequence text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && isTrigger(text.charAt(i));
    }

    /** The text as it goes into the cell. */
    public static String neutralise(String text) {
        return text != null && needsPrefix(text) ? '\'' + text : text;
    }

    /** The value as the exporter had it: one leading apostrophe less where {@link #neutralise} added one. */
    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == '\'' && needsPrefix(cell) ? cell.substring(1)
                : cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
