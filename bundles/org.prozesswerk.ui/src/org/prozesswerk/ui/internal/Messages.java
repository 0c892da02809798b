package org.prozesswerk.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.internal.messages";

    public static String Open_Dialog_Title;
    public static String Rights_Refused_Title;
    public static String Rights_Person_Title;
    public static String Rights_Person_Prompt;
    public static String Open_Filter_Registers;
    public static String Open_Filter_All;
    public static String Open_Job;
    public static String Open_Failed_Title;
    public static String Open_Failed_Message;
    public static String Save_Failed;
    public static String Save_Failed_Title;
    public static String Save_ChangedOnDisk;
    public static String Save_ChangedOnDisk_Title;
    public static String Save_ChangedOnDisk_Question;
    public static String Editor_RegisterNotOpen;
    public static String Undo_Label;
    public static String Redo_Label;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
