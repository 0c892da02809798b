package org.prozesswerk.catalog.ozg.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing load problem texts of the OZG catalogue. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.catalog.ozg.internal.messages";

    public static String missingColumn;
    public static String badId;
    public static String unknownParent;
    public static String duplicate;
    public static String noLeika;
    public static String unknownOzgId;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
