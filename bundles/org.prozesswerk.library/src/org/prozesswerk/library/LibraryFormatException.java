/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.nio.file.Path;

/**
 * A library file that cannot be read: the message reads {@code FILE:LINE:COL: cause} so a person who edited the file
 * by hand finds the place at once.
 */
public final class LibraryFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public LibraryFormatException(String file, int line, int column, String cause) {
        super(file + ':' + line + ':' + column + ": " + cause);
        this.file = file;
        this.line = line;
    }

    public LibraryFormatException(Path file, int line, int column, String cause) {
        this(file.toString(), line, column, cause);
    }

    /** The file (path inside the library or on disk). */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, 0 when the file as a whole is the problem. */
    public int line() {
        return line;
    }
}
