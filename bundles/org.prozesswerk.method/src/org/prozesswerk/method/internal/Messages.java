/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the method profile: command labels, file errors, what an application did not apply. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.method.internal.messages";

    public static String Command_Add;
    public static String Command_Rename;
    public static String Command_Delete;
    public static String Command_Apply;
    public static String File_Unreadable;
    public static String File_NotUtf8;
    public static String File_NotJson;
    public static String File_At;
    public static String File_NotObject;
    public static String File_Format;
    public static String File_Hours;
    public static String File_NoAttributes;
    public static String Where_Attribute;
    public static String Attribute_NotObject;
    public static String Attribute_DuplicateId;
    public static String Attribute_BadId;
    public static String Attribute_BadType;
    public static String Attribute_NoValues;
    public static String Attribute_ValuesNotEnum;
    public static String Attribute_DuplicateValue;
    public static String Attribute_BadFolder;
    public static String Attribute_BadProcessType;
    public static String Field_Unknown;
    public static String Field_Missing;
    public static String Field_NotText;
    public static String Field_NotBoolean;
    public static String Field_NotList;
    public static String Apply_NoFolder;
    public static String Apply_AllFolders;
    public static String Apply_TypeKept;
    public static String Apply_OwnKept;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
