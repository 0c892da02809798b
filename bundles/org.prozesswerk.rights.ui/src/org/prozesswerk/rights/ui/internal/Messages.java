/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the „Rollen und Rechte“ editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.rights.ui.internal.messages";

    public static String Editor_Title;
    public static String Editor_NotAdministrator;
    public static String Editor_NobodySignedIn;
    public static String Persons_Title;
    public static String Persons_Description;
    public static String Groups_Title;
    public static String Groups_Description;
    public static String Roles_Title;
    public static String Roles_Description;
    public static String Rights_Title;
    public static String Rights_Description;
    public static String Editorial_Title;
    public static String Editorial_Description;
    public static String Editorial_None;
    public static String Column_Name;
    public static String Column_Body;
    public static String Column_Account;
    public static String Column_Members;
    public static String Column_Principal;
    public static String Column_Role;
    public static String Column_Folder;
    public static String Column_Right;
    public static String Button_Add;
    public static String Button_Remove;
    public static String Button_AddMember;
    public static String Button_RemoveMember;
    public static String Folder_Register;
    public static String Principal_Group;
    public static String New_Person;
    public static String New_Group;
    public static String Command_AddMember;
    public static String Command_RemoveMember;
    public static String Command_EditorialTeam;
    public static String Open_NoRegister;
    public static String Open_Title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
