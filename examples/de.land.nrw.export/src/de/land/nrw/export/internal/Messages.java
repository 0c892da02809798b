package de.land.nrw.export.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the example exporter. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "de.land.nrw.export.internal.messages";

    public static String Export_Task;
    public static String Export_NoReference;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
