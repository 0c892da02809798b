/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.library.DemoLibrary;
import org.prozesswerk.library.LibraryException;

/**
 * The first start's offer: the local demo library, a bare repository in the workspace built from real data (the
 * same {@link DemoLibrary} as {@code prozesswerk library demo}), connected by its file URL.
 */
final class DemoSetup {

    static final String FOLDER = "bibliothek-demo.git";
    static final int COUNT = 40;

    private DemoSetup() {
    }

    /** The demo library's place: the workspace (instance location). */
    static Path location() throws IOException {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(FOLDER);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Builds (if needed) and connects the demo library, with progress; errors are shown. */
    static LibraryConnections.Connection run(Shell shell, LibraryConnections connections) {
        LibraryConnections.Connection[] done = { null };
        Exception[] failure = { null };
        try {
            Path bare = location();
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(Messages.demoBuilding, IProgressMonitor.UNKNOWN);
                try {
                    done[0] = create(connections, bare);
                } catch (IOException | LibraryException e) {
                    failure[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (IOException | InvocationTargetException e) {
            failure[0] = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.offerDemo, failure[0].getMessage());
        }
        return done[0];
    }

    /** Builds the demo library at {@code bare} unless it exists, then connects it. */
    static LibraryConnections.Connection create(LibraryConnections connections, Path bare)
            throws IOException, LibraryException {
        if (!Files.exists(bare)) {
            DemoLibrary.createFromMusterregister(bare, COUNT, new PersonIdent("Prozesswerk Demo",
                    "demo@prozesswerk.invalid"));
        }
        return connections.connect(Messages.demoName, bare.toUri().toString(), null, null);
    }
}
