package org.prozesswerk.ui.navigator.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.navigator.internal.messages";

    public static String Group_Organisation;
    public static String Group_Unfiled;
    public static String Folder_Label;
    public static String Profile_Description;
    public static String Action_Open;
    public static String Action_CloseRegister;
    public static String Action_Delete;
    public static String Close_Dirty_Title;
    public static String Close_Dirty_Message;
    public static String Drop_Move;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
