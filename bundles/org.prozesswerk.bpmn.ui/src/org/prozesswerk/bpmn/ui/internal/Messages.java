package org.prozesswerk.bpmn.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the BPMN editor; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.bpmn.ui.internal.messages";

    public static String Editor_UnsupportedInput;
    public static String Editor_NoBrowser;
    public static String Editor_PageMissing;
    public static String Editor_ReadFailed;
    public static String Editor_ImportFailed_Title;
    public static String Editor_ImportFailed_Message;
    public static String Editor_ImportWarnings_Title;
    public static String Editor_SaveRefused_Title;
    public static String Editor_ReadOnly_Message;
    public static String Editor_ImportWarnings_Message;
    public static String Editor_SaveFailed_Title;
    public static String Editor_SaveFailed_Message;
    public static String Editor_ExportTimeout;
    public static String Editor_ChangedOnDisk_Title;
    public static String Editor_ChangedOnDisk_Message;
    public static String Editor_ChangedOnDiskDirty_Message;
    public static String Editor_DeletedOnDisk;
    public static String Action_Undo;
    public static String Action_Redo;
    public static String Action_SelectAll;
    public static String Action_Delete;
    public static String Job_NotifyListeners;
    public static String Wizard_Title;
    public static String Wizard_PageTitle;
    public static String Wizard_PageDescription;
    public static String Wizard_DefaultFileName;
    public static String Wizard_OpenFailed;
    public static String Template_Process;
    public static String Template_StartEvent;
    public static String Template_Task;
    public static String Template_EndEvent;
    public static String Emf_Unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
