package org.prozesswerk.core.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the core subcommands; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.core.cli.internal.messages";

    public static String Generate_Done;
    public static String Generate_NegativeCount;
    public static String Generate_TooMany;
    public static String Generate_UnknownFormat;
    public static String Generate_WriteFailed;
    public static String Stats_InvalidHoursPerFte;
    public static String Stats_Loaded;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
