package org.prozesswerk.ui.catalog.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.catalog.internal.messages";

    public static String Browser_Catalogue;
    public static String Import_Title;
    public static String Import_PageTitle;
    public static String Import_PageDescription;
    public static String Import_File;
    public static String Import_FileLabel;
    public static String Import_Browse;
    public static String Import_Catalogue;
    public static String Import_Id;
    public static String Import_Version;
    public static String Import_Name;
    public static String Import_Publisher;
    public static String Import_KeyPattern;
    public static String Import_KeyFormat;
    public static String Import_Columns;
    public static String Import_KeyColumn;
    public static String Import_LabelColumn;
    public static String Import_ParentColumn;
    public static String Import_KindColumn;
    public static String Import_DescriptionColumn;
    public static String Import_UrlColumn;
    public static String Import_ValidFromColumn;
    public static String Import_ValidUntilColumn;
    public static String Import_Properties;
    public static String Import_NoColumn;
    public static String Import_Check;
    public static String Import_NoFile;
    public static String Import_NeedKeyAndLabel;
    public static String Import_NeedIdNameVersion;
    public static String Import_BadSpec;
    public static String Import_Ready;
    public static String Import_Errors;
    public static String Import_Done;
    public static String Import_Changes;
    public static String Browser_CatalogueItem;
    public static String Browser_SearchHint;
    public static String Browser_NoCatalogues;
    public static String Browser_Loading;
    public static String Browser_LoadJob;
    public static String Browser_LoadFailed;
    public static String Browser_Entries;
    public static String Browser_Hits;
    public static String Browser_HitsLimited;
    public static String Browser_NoHits;
    public static String Column_Label;
    public static String Column_Key;
    public static String Column_Profiles;
    public static String Column_Profiles_Tooltip;
    public static String Details_Empty;
    public static String Details_Key;
    public static String Details_Label;
    public static String Details_Kind;
    public static String Details_Parents;
    public static String Details_Catalogue;
    public static String Details_Linked;
    public static String Details_LinkedSubtree;
    public static String Referencing_Title;
    public static String Referencing_TitleNone;
    public static String Referencing_Profile;
    public static String Link_Command;
    public static String Link_Menu;
    public static String Link_MenuTarget;
    public static String Link_NoTarget;
    public static String Link_Target;
    public static String Attribute_typisierung;
    public static String Attribute_ozgId;
    public static String Attribute_ozgLeistung;
    public static String Attribute_rechtsgrundlagen;
    public static String Attribute_gesetze;
    public static String Attribute_gesetzAbkuerzungen;
    public static String Attribute_leikaKeys;
    public static String Attribute_leikaCount;
    public static String Attribute_abbreviation;
    public static String Attribute_paragraph;
    public static String Attribute_title;
    public static String Attribute_url;

    public static String Relink_Title;
    public static String Relink_Prompt;
    public static String Relink_NoKey;
    public static String Relink_SameKey;
    public static String Relink_Done;
    public static String Refresh_Title;
    public static String Refresh_Done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** A readable name for a catalogue attribute; the attribute name itself if there is none. */
    public static String attribute(String name) {
        try {
            Object value = Messages.class.getField("Attribute_" + name).get(null);
            return value instanceof String s ? s : name;
        } catch (ReflectiveOperationException e) {
            return name;
        }
    }
}
