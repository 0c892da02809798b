package org.prozesswerk.tests.support;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Handles the dialogs that handlers and jobs open while a UI test waits (reports, questions): while started, it looks
 * at the visible shells every 100 ms and hands each one {@code which} accepts to {@code handler}, on the UI thread.
 */
public final class DialogWatcher {

    private final Predicate<Shell> which;
    private final Consumer<Shell> handler;
    private volatile boolean watching;

    public DialogWatcher(Predicate<Shell> which, Consumer<Shell> handler) {
        this.which = which;
        this.handler = handler;
    }

    public void start(Display display) {
        watching = true;
        poll(display);
    }

    public void stop() {
        watching = false;
    }

    private void poll(Display display) {
        display.timerExec(100, () -> {
            if (!watching) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && which.test(shell)) {
                    handler.accept(shell);
                }
            }
            poll(display);
        });
    }
}
