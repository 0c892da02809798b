package org.prozesswerk.catalog.leika.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing load problem texts of the LeiKa catalogue. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.catalog.leika.internal.messages";

    public static String missingColumn;
    public static String notInLeika;
    public static String invalidKey;
    public static String invalidTypisierung;
    public static String invalidOzgId;
    public static String duplicateMerged;
    public static String duplicateConflict;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
