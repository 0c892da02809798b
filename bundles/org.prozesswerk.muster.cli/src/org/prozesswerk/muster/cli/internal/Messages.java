package org.prozesswerk.muster.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the Musterregister commands; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.muster.cli.internal.messages";

    public static String Cli_InvalidSizeClass;
    public static String Cli_UnknownFormat;
    public static String Cli_WriteFailed;
    public static String Cli_CataloguesMissing;
    public static String Demo_Written;
    public static String Demo_VersionWritten;
    public static String Demo_UnknownVersion;
    public static String Demo_VersionOnlyGk6;
    public static String Demo_Selection;
    public static String Demo_Coverage;
    public static String Demo_Units;
    public static String Demo_Status;
    public static String Demo_PerThemenfeld;
    public static String Demo_Folder;
    public static String Demo_Unassigned;
    public static String Demo_UnassignedEntry;
    public static String Derive_Written;
    public static String Derive_Removed;
    public static String Derive_RemovedNone;
    public static String Derive_Unit;
    public static String Derive_Moved;
    public static String Derive_MovedNone;
    public static String Derive_Move;
    public static String Derive_Flagged;
    public static String Derive_FlaggedEntry;
    public static String Derive_Total;
    public static String Derive_InvalidSpec;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
