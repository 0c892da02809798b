package de.land.nrw.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the example diagram's command. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "de.land.nrw.diagram.internal.messages";

    public static String Coverage_NotRegistered;
    public static String Coverage_Result;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
