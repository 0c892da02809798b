package org.prozesswerk.exchange;

import java.io.Serial;

/**
 * A file could not be imported or exported. The message reads {@code SOURCE:LINE:COL: [PATH: ]cause} (line and
 * column left out when unknown) so that CLI users and CI logs can jump to the place; {@link #elementPath()} is the
 * XPath-like path of the offending element in XML formats, e.g.
 * {@code /alleInhalte.export.0303/prozessbibliothek/prozess[1]/prozessmodell/prozessmodelldatei/inhalt}.
 */
public class ExchangeException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String elementPath;
    private final String reason;

    public ExchangeException(String source, int line, int column, String elementPath, String reason,
            Throwable cause) {
        super(format(source, line, column, elementPath, reason), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.elementPath = elementPath;
        this.reason = reason;
    }

    public ExchangeException(String source, String reason, Throwable cause) {
        this(source, -1, -1, null, reason, cause);
    }

    private static String format(String source, int line, int column, String path, String reason) {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (path != null) {
            text.append(path).append(": ");
        }
        return text.append(reason).toString();
    }

    /** The file or stream name, or {@code null}. */
    public String source() {
        return source;
    }

    /** 1-based line, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1. */
    public int column() {
        return column;
    }

    /** The element's path in an XML source, or {@code null}. */
    public String elementPath() {
        return elementPath;
    }

    /** The cause without the position. */
    public String reason() {
        return reason;
    }
}
