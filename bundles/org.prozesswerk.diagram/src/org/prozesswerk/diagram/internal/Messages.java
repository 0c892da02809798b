package org.prozesswerk.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** User texts of the diagrams (command labels for undo, node texts, palette). */
public final class Messages extends NLS {

    public static String Command_Move;
    public static String Command_ResetLayout;
    public static String Command_CreateUnit;
    public static String Command_DeleteUnit;
    public static String Command_RenameUnit;
    public static String Command_ReparentUnit;
    public static String NewUnit_Name;
    public static String Palette_Group;
    public static String Palette_Unit;
    public static String Unit_Details;
    public static String Folder_Unfiled;
    public static String Profile_Details;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
