package org.prozesswerk.app.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Prozesswerk workbench application: opens the workbench on the user's workspace (default ~/.prozesswerk). */
public final class WorkbenchApplication implements IApplication {

    /** Environment variable overriding the home of workspace and settings. */
    static final String HOME_VARIABLE = "PROZESSWERK_HOME";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        UiThreadWatchdog watchdog = UiThreadWatchdog.startIfRequested(display);
        try {
            if (!claimWorkspace(display)) {
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new ProzesswerkWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (watchdog != null) {
                watchdog.stop();
            }
            display.dispose();
            Location instance = Platform.getInstanceLocation();
            if (instance != null) {
                instance.release();
            }
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /**
     * Sets the workspace to ~/.prozesswerk/workspace when the launch did not name one, and locks it so two windows
     * never write the same register metadata.
     */
    private static boolean claimWorkspace(Display display) throws IOException {
        Location instance = Platform.getInstanceLocation();
        if (instance == null) {
            return true; // started with -data @none: nothing to claim
        }
        if (!instance.isSet()) {
            Path workspace = prozesswerkHome().resolve("workspace");
            Files.createDirectories(workspace);
            instance.set(workspace.toUri().toURL(), false);
        }
        if (!instance.lock()) {
            URL url = instance.getURL();
            MessageDialog.openError(null, Messages.Workspace_InUse_Title,
                    NLS.bind(Messages.Workspace_InUse_Message, url == null ? "?" : url.getFile()));
            return false;
        }
        return true;
    }

    static Path prozesswerkHome() {
        String configured = System.getenv(HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".prozesswerk");
    }
}
