package org.prozesswerk.catalog.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Output texts of {@code prozesswerk catalogue}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.catalog.cli.internal.messages";

    public static String Import_NoFile;
    public static String Import_Done;
    public static String Import_Refused;
    public static String Import_Failed;
    public static String Import_BadSpec;
    public static String Import_Changes;
    public static String List_Header;
    public static String List_BuiltIn;
    public static String List_Imported;
    public static String Remove_BuiltIn;
    public static String Remove_Unknown;
    public static String Remove_Done;
    public static String Import_Affected;
    public static String Import_AffectedRemoved;
    public static String Import_AffectedRelabelled;
    public static String Relink_UnknownSuccessor;
    public static String Relink_Done;
    public static String Refresh_Done;
    public static String Catalogue_Unknown;
    public static String Save_Failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
