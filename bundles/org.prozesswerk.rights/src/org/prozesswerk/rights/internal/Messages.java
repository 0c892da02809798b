/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the rights bundle. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.rights.internal.messages";

    public static String Rights_NoPerson;
    public static String Rights_UnknownPerson;
    public static String Rights_NoRead;
    public static String Rights_NoWrite;
    public static String Rights_MissingRole;
    public static String Rights_Released;
    public static String Rights_FourEyes;
    public static String Rights_NotInWorkflow;
    public static String Rights_NotEditorial;
    public static String Rights_NoEditorialTeam;
    public static String Rights_Register;
    public static String Op_Read;
    public static String Op_Write;
    public static String Op_Transition;
    public static String Op_Administer;
    public static String Role_VIEWER;
    public static String Role_MODELLER;
    public static String Role_METHOD_REVIEWER;
    public static String Role_RELEASER;
    public static String Role_ADMINISTRATOR;
    public static String Right_NONE;
    public static String Right_READ;
    public static String Right_WRITE;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
