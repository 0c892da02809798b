package org.prozesswerk.bpmn;

import java.io.IOException;
import java.io.Serial;

/**
 * A BPMN file could not be read: not XML, not BPMN 2.0, or a value the schema does not allow. The message names the
 * file, the line (when known) and the cause, ready to show to a user.
 */
public class BpmnParseException extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public BpmnParseException(String source, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file name or the name given to {@link BpmnIO#load(java.io.InputStream, String)}. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 if unknown. */
    public int column() {
        return column;
    }
}
