/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the method profile editor and its navigator node. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.method.ui.internal.messages";

    public static String Node_Label;
    public static String Action_Open;
    public static String Editor_Title;
    public static String Hours_Label;
    public static String Hours_Hint;
    public static String Hours_Invalid;
    public static String Column_Label;
    public static String Column_Type;
    public static String Column_Required;
    public static String Column_Scope;
    public static String Scope_All;
    public static String Yes;
    public static String Button_Add;
    public static String Button_Delete;
    public static String Button_Up;
    public static String Button_Down;
    public static String Button_Export;
    public static String Button_Import;
    public static String Field_Label;
    public static String Field_Id;
    public static String Field_Type;
    public static String Field_Required;
    public static String Field_AllowedValues;
    public static String Field_AllowedValues_Hint;
    public static String Field_HelpText;
    public static String Field_ProcessTypes;
    public static String Field_Folders;
    public static String Field_Folders_Hint;
    public static String New_Label;
    public static String Delete_Title;
    public static String Delete_Question;
    public static String Export_Title;
    public static String Export_Failed;
    public static String Import_Title;
    public static String Import_Bad;
    public static String Import_Done;
    public static String Import_NotApplied;
    public static String Type_Text;
    public static String Type_RichText;
    public static String Type_Number;
    public static String Type_Date;
    public static String Type_Enumeration;
    public static String Type_Boolean;
    public static String Type_Link;
    public static String Type_Reference;
    public static String ProcessType_Core;
    public static String ProcessType_Support;
    public static String ProcessType_Management;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
