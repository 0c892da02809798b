package org.prozesswerk.io.internal;

import java.io.OutputStream;
import java.util.function.UnaryOperator;

/** Test hook of {@link org.prozesswerk.io.AtomicFileWriter}; identity in production. */
public final class WriteHooks {

    /** Wraps the temporary file's stream, e.g. to fail after some bytes (simulated full disk). */
    public static volatile UnaryOperator<OutputStream> streamDecorator = UnaryOperator.identity();

    private WriteHooks() {
    }
}
