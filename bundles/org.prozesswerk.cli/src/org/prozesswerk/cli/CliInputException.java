package org.prozesswerk.cli;

import java.io.Serial;

/**
 * Thrown by a subcommand when its input is unusable (missing file, malformed data). The CLI prints the message, which
 * should name the file, line and cause, on standard error and exits with {@link ExitCodes#INPUT_ERROR}.
 */
public class CliInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CliInputException(String message) {
        super(message);
    }

    public CliInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
