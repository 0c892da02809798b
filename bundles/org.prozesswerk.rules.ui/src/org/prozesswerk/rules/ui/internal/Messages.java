/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the rules workbench parts (English defaults, German in messages_de.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.rules.ui.internal.messages";

    public static String validateJob;
    public static String noRegisterOpen;
    public static String ruleFilesInvalid;
    public static String validated;
    public static String showElement;
    public static String showElementDescription;
    public static String elementGone;
    public static String proposalFeature;
    public static String proposalLiteral;
    public static String controlCharacter;
    public static String controlCharactersFound;
    public static String controlCharactersJob;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
