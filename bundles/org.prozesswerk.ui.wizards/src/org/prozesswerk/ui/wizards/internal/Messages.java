package org.prozesswerk.ui.wizards.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.wizards.internal.messages";

    public static String Menu_New;
    public static String Browse;
    public static String TopLevel;
    public static String Filter_Xmi;
    public static String Filter_Binary;
    public static String NewRegister_Title;
    public static String NewRegister_PageTitle;
    public static String NewRegister_PageDescription;
    public static String NewRegister_Name;
    public static String NewRegister_Publisher;
    public static String NewRegister_PublisherHint;
    public static String NewRegister_RootFolder;
    public static String NewRegister_RootFolderDefault;
    public static String NewRegister_File;
    public static String NewRegister_FileNote;
    public static String NewRegister_FileDefault;
    public static String NewRegister_FromMuster;
    public static String NewRegister_NameMissing;
    public static String NewRegister_RootFolderMissing;
    public static String NewRegister_FileMissing;
    public static String NewRegister_FileExtension;
    public static String NewRegister_FileOpen;
    public static String NewRegister_FileIsDirectory;
    public static String NewRegister_FileInvalid;
    public static String NewRegister_FileExists;
    public static String NewRegister_Overwrite;
    public static String NewRegister_WriteFailed;
    public static String NewProfile_Title;
    public static String NewProfile_PageTitle;
    public static String NewProfile_PageDescription;
    public static String NewProfile_Folder;
    public static String NewProfile_Name;
    public static String NewProfile_NameHint;
    public static String NewProfile_Key;
    public static String NewProfile_Type;
    public static String NewProfile_OpenEditor;
    public static String NewProfile_NoFolder;
    public static String NewProfile_FolderMissing;
    public static String NewProfile_NameMissing;
    public static String NewProfile_KeyMissing;
    public static String NewProfile_KeyExists;
    public static String NewProfile_CannotAdd;
    public static String NewFolder_Title;
    public static String NewFolder_PageTitle;
    public static String NewFolder_PageDescription;
    public static String NewFolder_Parent;
    public static String NewFolder_Name;
    public static String NewFolder_Description;
    public static String NewFolder_NoRegister;
    public static String NewFolder_ParentMissing;
    public static String NewFolder_NameMissing;
    public static String NewFolder_NameExists;
    public static String NewFolder_CannotAdd;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
