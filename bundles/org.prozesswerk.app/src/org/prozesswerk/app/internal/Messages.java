package org.prozesswerk.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the workbench shell; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.app.internal.messages";

    public static String Menu_File;
    public static String Menu_Edit;
    public static String Menu_Window;
    public static String Menu_Help;
    public static String Menu_ShowView;
    public static String Menu_New;
    public static String Action_Save;
    public static String Action_SaveAll;
    public static String Action_Close;
    public static String Action_CloseAll;
    public static String Action_Exit;
    public static String Action_Undo;
    public static String Action_Redo;
    public static String Action_Cut;
    public static String Action_Copy;
    public static String Action_Paste;
    public static String Action_Delete;
    public static String Action_SelectAll;
    public static String Action_Preferences;
    public static String Action_ResetPerspective;
    public static String Action_About;
    public static String Action_Import;
    public static String Action_Export;
    public static String Action_Refresh;
    public static String StartView_Title;
    public static String StartView_Intro;
    public static String StartView_Version;
    public static String StartView_Workspace;
    public static String StartView_Java;
    public static String StartView_GettingStarted;
    public static String StartView_Steps;
    public static String Workspace_InUse_Title;
    public static String Workspace_InUse_Message;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
