package org.prozesswerk.merge.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of diff and update; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.merge.cli.internal.messages";

    public static String Input_UnknownRegister;
    public static String Input_DecisionsUnreadable;
    public static String Input_WriteFailed;
    public static String Input_OutRequired;
    public static String Input_NoBaseVersion;
    public static String Input_BaseVersionMissing;
    public static String Diff_Summary;
    public static String Diff_None;
    public static String Update_Summary;
    public static String Update_AutoMerged;
    public static String Update_ConflictsByKind;
    public static String Update_Kind;
    public static String Update_Retired;
    public static String Update_Open;
    public static String Update_Conflict;
    public static String Update_Note;
    public static String Update_Written;
    public static String Update_NotWritten;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
