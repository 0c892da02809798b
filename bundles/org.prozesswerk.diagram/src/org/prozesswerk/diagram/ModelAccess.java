package org.prozesswerk.diagram;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The thread that may touch a register. In the workbench that is the UI thread (the navigator, editors and the
 * Properties view read the model there), so the GLSP action thread hands every read and command over; headless
 * callers run in place.
 */
@FunctionalInterface
public interface ModelAccess {

    /** Runs {@code task} on the model thread and waits for it. */
    void run(Runnable task);

    default <T> T call(Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        run(() -> result.set(task.get()));
        return result.get();
    }

    /** Runs everything in the calling thread: for tests, the command line and benchmarks. */
    static ModelAccess direct() {
        return Runnable::run;
    }
}
