package org.prozesswerk.muster.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.muster.ui.internal.messages";

    public static String Demo_Job;
    public static String Demo_Failed;
    public static String Wizard_Title;
    public static String Page_Title;
    public static String Page_Description;
    public static String Page_Name;
    public static String Page_DefaultName;
    public static String Page_SizeClass;
    public static String Page_SizeClassHint;
    public static String Page_OptionalUnits;
    public static String Page_OptionalUnitsHint;
    public static String Page_File;
    public static String Page_Browse;
    public static String Page_FileMissing;
    public static String Page_FileExists;
    public static String Page_NameMissing;
    public static String Derive_Job;
    public static String Derive_Report_Title;
    public static String Derive_Report;
    public static String Derive_Failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
