package org.prozesswerk.catalog.norms.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing load problem texts of the norms catalogue. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.catalog.norms.internal.messages";

    public static String noLeika;
    public static String unparsed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
