package org.prozesswerk.core.persistence;

import java.nio.file.Path;

/**
 * A register file could not be loaded. The message has the compiler-style form {@code FILE:LINE:COL: cause} so
 * that editors and CI logs can jump to the spot; line and column are -1 (and left out of the message) when the
 * cause has no position, e.g. a missing file.
 */
public class RegisterLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String cause;

    public RegisterLoadException(Path file, int line, int column, String cause, Throwable exception) {
        super(format(file, line, column, cause), exception);
        this.file = file;
        this.line = line;
        this.column = column;
        this.cause = cause;
    }

    private static String format(Path file, int line, int column, String cause) {
        StringBuilder text = new StringBuilder().append(file);
        if (line >= 0) {
            text.append(':').append(line);
            if (column >= 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(cause).toString();
    }

    /** The file that failed to load. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or -1 if unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or -1 if unknown. */
    public int column() {
        return column;
    }

    /** The cause without the position prefix. */
    public String reason() {
        return cause;
    }
}
