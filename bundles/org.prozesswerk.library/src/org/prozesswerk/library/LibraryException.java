/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.util.List;
import java.util.Map;

/**
 * A library operation that could not be done; the message says why in words for the user (German in a German
 * locale). Nothing local was changed when this is thrown, unless the message says otherwise.
 */
public class LibraryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for scripts and tests. */
    public enum Kind {
        UNREACHABLE, AUTHENTICATION, REJECTED, HISTORY_REWRITTEN, CONFLICT, INVALID_ITEM, VALIDATION, NOT_A_LIBRARY,
        OTHER
    }

    private final Kind kind;
    private final transient Map<String, List<String>> conflicts;

    public LibraryException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, Map.of());
    }

    public LibraryException(Kind kind, String message, Throwable cause, Map<String, List<String>> conflicts) {
        super(message, cause);
        this.kind = kind;
        this.conflicts = Map.copyOf(conflicts);
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#CONFLICT}: path → conflicting fields. */
    public Map<String, List<String>> conflicts() {
        return conflicts;
    }
}
