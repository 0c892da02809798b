package org.prozesswerk.core.internal.persistence;

import java.io.IOException;

/** A binary register whose bytes contradict themselves, with the byte position where it was noticed. */
public final class CorruptBinaryException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long offset;

    CorruptBinaryException(long offset, String reason, Throwable cause) {
        super(reason, cause);
        this.offset = offset;
    }

    /** The byte offset in the file (0-based) at which the damage was noticed. */
    public long offset() {
        return offset;
    }
}
