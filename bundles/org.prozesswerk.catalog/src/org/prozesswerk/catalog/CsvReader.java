package org.prozesswerk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.Messages;

/**
 * Reads CSV as public-sector files come: RFC 4180 quoting (quoted fields may hold separators, doubled quotes and
 * line breaks), UTF-8 with or without byte order mark, {@code ;} (German Excel) or {@code ,} or tab as separator,
 * detected from the header line. A file that is not valid UTF-8 is read as Windows-1252, the other encoding such
 * files come in, with a warning. Blank lines are ignored.
 */
public final class CsvReader {

    /** A record with the line it starts on (the header is line 1). */
    public record Row(int line, List<String> cells) {

        /** The cell, or "" when the row is shorter. */
        public String get(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** A whole file: header, rows, and what was detected. */
    public record Table(String source, List<String> header, List<Row> rows, char separator, Charset charset) {

        /** The index of a header column, compared trimmed and case-insensitively; -1 if absent. */
        public int column(String name) {
            if (name == null) {
                return -1;
            }
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private CsvReader() {
    }

    /**
     * Reads a whole CSV file. Problems (encoding fallback, unterminated quotes, rows with a different number of fields
     * than the header) are added to {@code problems}; the rows are returned anyway.
     */
    public static Table read(InputStream in, String source, List<LoadProblem> problems) throws IOException {
        byte[] bytes = in.readAllBytes();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes, start);
            int line = lineAt(bytes, start, bad);
            if (hasUtf8Sequence(bytes, start)) {
                // UTF-8 with damaged bytes: reading it all as Windows-1252 would garble every umlaut. Keep the
                // good text, mark the damage (U+FFFD) and report where it is.
                text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
                problems.add(LoadProblem.error(source, line, NLS.bind(Messages.damagedUtf8, bad - start + 1)));
            } else {
                charset = Charset.forName("windows-1252");
                text = new String(bytes, start, bytes.length - start, charset);
                problems.add(LoadProblem.warning(source, line, Messages.notUtf8));
            }
        }
        return parse(text, source, problems, charset);
    }

    /** The index of the first byte that is not valid UTF-8, or {@code bytes.length}. */
    private static int firstMalformed(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length - start + 1);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence (then it is damaged UTF-8). */
    private static boolean hasUtf8Sequence(byte[] bytes, int start) {
        for (int i = start; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                continue;
            }
            boolean continuation = true;
            for (int k = 1; k < length; k++) {
                continuation &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (continuation) {
                return true;
            }
        }
        return false;
    }

    private static int lineAt(byte[] bytes, int start, int index) {
        int line = 1;
        for (int i = start; i < Math.min(index, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Parses CSV text (no BOM handling); see {@link #read}. */
    public static Table parse(String text, String source, List<LoadProblem> problems) {
        return parse(text, source, problems, StandardCharsets.UTF_8);
    }

    private static Table parse(String text, String source, List<LoadProblem> problems, Charset charset) {
        char separator = detectSeparator(text);
        List<Row> records = new ArrayList<>(Math.max(16, text.length() / 200));
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean cellWasQuoted = false;
        boolean recordHasContent = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
                recordHasContent = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
                recordHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordHasContent || !cell.isEmpty()) {
                    cells.add(cell.toString());
                    records.add(new Row(recordLine, Collections.unmodifiableList(cells)));
                    cells = new ArrayList<>();
                }
                cell.setLength(0);
                cellWasQuoted = false;
                recordHasContent = false;
                line++;
                recordLine = line;
            } else {
                // Text after a closing quote ("ab"c) is kept rather than lost; RFC 4180 leaves it undefined.
                cell.append(c);
                recordHasContent = true;
            }
        }
        if (quoted) {
            problems.add(LoadProblem.error(source, quoteLine, Messages.unterminatedQuote));
        }
        if (recordHasContent || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Row(recordLine, Collections.unmodifiableList(cells)));
        }
        if (records.isEmpty()) {
            problems.add(LoadProblem.error(source, 0, Messages.emptyFile));
            return new Table(source, List.of(), List.of(), separator, charset);
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<Row> rows = records.subList(1, records.size());
        for (Row row : rows) {
            if (row.cells().size() != header.size()) {
                problems.add(LoadProblem.warning(source, row.line(),
                        NLS.bind(Messages.cellCount, row.cells().size(), header.size())));
            }
        }
        return new Table(source, header, List.copyOf(rows), separator, charset);
    }

    /** The separator that occurs most often outside quotes in the first record; ';' wins ties (German Excel). */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
