package org.prozesswerk.exchange.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the export and import wizards. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.ui.internal.messages";

    public static String Export_Title;
    public static String Export_Description;
    public static String Export_Source;
    public static String Export_OpenRegister;
    public static String Export_RegisterFile;
    public static String Export_Browse;
    public static String Export_Format;
    public static String Export_Scope;
    public static String Export_ScopeRegister;
    public static String Export_ScopeSelection;
    public static String Export_Options;
    public static String Export_Target;
    public static String Options_None;
    public static String Export_NoSource;
    public static String Export_NoTarget;
    public static String Export_NoFormat;
    public static String Export_Job;
    public static String Export_Done;
    public static String Import_Title;
    public static String Import_Description;
    public static String Import_Source;
    public static String Import_Format;
    public static String Import_Mapping;
    public static String Import_Target;
    public static String Import_NoSource;
    public static String Import_SourceMissing;
    public static String Import_NoTarget;
    public static String Import_PreviewFile;
    public static String Import_PreviewSnapshot;
    public static String Import_PreviewTwoWay;
    public static String Import_PreviewCancelled;
    public static String Import_Refused;
    public static String Import_Merged;
    public static String Import_Job;
    public static String Import_Done;
    public static String Result_Title;
    public static String Result_Failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
