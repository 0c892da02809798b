package org.prozesswerk.ui.search.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.search.internal.messages";

    public static String Facet_Register;
    public static String Facet_Folder;
    public static String Facet_Unit;
    public static String Facet_Unit_Tooltip;
    public static String Facet_Catalogue;
    public static String Facet_KeyPrefix;
    public static String Facet_KeyPrefix_Hint;
    public static String Facet_Status;
    public static String Facet_Oaa;
    public static String Facet_LegalBasis;
    public static String Facet_Tag;
    public static String Facet_Text;
    public static String Facet_Text_Hint;
    public static String Tri_Any;
    public static String Tri_With;
    public static String Tri_Without;
    public static String All_Folders;
    public static String All_Units;
    public static String All_Catalogues;
    public static String Reset;
    public static String Saved_Choose;
    public static String Saved_Tooltip;
    public static String Saved_Save;
    public static String Saved_Delete;
    public static String Saved_Title;
    public static String Saved_Prompt;
    public static String Saved_NameMissing;
    public static String Saved_Replace;
    public static String Saved_DeleteQuestion;
    public static String Column_Name;
    public static String Column_Key;
    public static String Column_Status;
    public static String Column_Unit;
    public static String Column_Folder;
    public static String Unfiled;
    public static String Count_NoRegister;
    public static String Count_One;
    public static String Count_Many;
    public static String Index_Building;
    public static String Index_Job;
    public static String Index_Missing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
