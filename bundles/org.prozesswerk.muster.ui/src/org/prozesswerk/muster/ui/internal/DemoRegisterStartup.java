package org.prozesswerk.muster.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IStartup;
import org.osgi.service.prefs.BackingStoreException;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.ui.RegisterOpener;

/**
 * First start of a workspace: writes the built-in Musterregister (generated from the shipped catalogues) next to the
 * workspace metadata and opens it, so a newcomer sees a real register at once. Later starts leave the user's choice
 * of open registers alone.
 */
public final class DemoRegisterStartup implements IStartup {

    private static final String PREFERENCE_NODE = "org.prozesswerk.muster.ui";
    private static final String DEMO_OFFERED = "demoRegisterOffered";
    /** System property that suppresses the demo register (tests with their own registers, managed installations). */
    static final String SKIP_PROPERTY = "prozesswerk.noDemoRegister";

    @Override
    public void earlyStartup() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
        if (Boolean.getBoolean(SKIP_PROPERTY) || preferences.getBoolean(DEMO_OFFERED, false) || workspace() == null) {
            return;
        }
        Job job = new Job(Messages.Demo_Job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Path file = MusterRegister.ensureDemoRegister(workspace());
                    RegisterOpener.open(file, document -> {
                        // the navigator shows it
                    });
                    preferences.putBoolean(DEMO_OFFERED, true);
                    preferences.flush();
                    return Status.OK_STATUS;
                } catch (IOException | BackingStoreException e) {
                    ILog.of(getClass()).error(Messages.Demo_Failed, e);
                    return Status.OK_STATUS; // logged; the workbench is usable without the demo
                }
            }
        };
        job.setUser(false);
        job.schedule();
    }

    /** The workspace directory, where user data belongs; null when started without one (-data @none). */
    static Path workspace() {
        Location location = Platform.getInstanceLocation();
        if (location == null || !location.isSet()) {
            return null;
        }
        try {
            return Path.of(location.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(location.getURL().getPath());
        }
    }
}
