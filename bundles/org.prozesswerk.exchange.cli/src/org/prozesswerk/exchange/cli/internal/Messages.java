package org.prozesswerk.exchange.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the export and import subcommands. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.cli.internal.messages";

    public static String Option_Syntax;
    public static String Option_Unknown;
    public static String Option_BadValue;
    public static String Format_Unknown;
    public static String Export_Done;
    public static String Export_UnknownProfile;
    public static String Export_ScopeUnsupported;
    public static String Export_WriteFailed;
    public static String Import_Done;
    public static String Import_SourceMissing;
    public static String Import_NotRegister;
    public static String Import_MappingMissing;
    public static String Import_MappingSaved;
    public static String Import_MappingNotTable;
    public static String Into_OutOrInto;
    public static String Into_OnlyWithInto;
    public static String Into_Missing;
    public static String Into_WriteFailed;
    public static String Into_Summary;
    public static String Into_ThreeWay;
    public static String Into_TwoWay;
    public static String Into_Retired;
    public static String Into_Written;
    public static String Into_NotWritten;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
