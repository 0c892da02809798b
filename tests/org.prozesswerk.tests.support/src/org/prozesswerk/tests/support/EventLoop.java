package org.prozesswerk.tests.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** The SWT event loop for UI tests, which run on the display thread: let pending work run, or wait for a state. */
public final class EventLoop {

    private EventLoop() {
    }

    /** Runs pending events (asyncExec, layout, paint) until the queue stays empty for a moment. */
    public static void drain() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("not on the display thread");
        }
        for (int round = 0; round < 5; round++) {
            if (!runPendingThenPause(display, 15)) {
                return;
            }
        }
    }

    /**
     * Runs every pending event, then pauses {@code millis} so that timers and other threads can queue more; returns
     * false (interrupt flag set again) when the pause was interrupted.
     */
    static boolean runPendingThenPause(Display display, long millis) {
        while (display.readAndDispatch()) {
            // run
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} passed; returns whether it holds. */
    public static boolean waitFor(BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            drain();
            if (condition.getAsBoolean()) {
                return true;
            }
        }
        return condition.getAsBoolean();
    }

    /**
     * Runs the event loop until {@code condition} holds; fails the test (AssertionError naming {@code what}) when it
     * does not within {@code timeout}. Events are dispatched one at a time, so a condition is seen as soon as it holds.
     */
    public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("not on the display thread");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for: " + what, e);
                }
            }
        }
    }
}
