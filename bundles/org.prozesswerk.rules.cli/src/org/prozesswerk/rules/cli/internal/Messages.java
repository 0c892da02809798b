/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code prozesswerk validate} (English defaults, German in messages_de.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.rules.cli.internal.messages";

    public static String registerMissing;
    public static String rulesMissing;
    public static String rulesInvalid;
    public static String noRules;
    public static String summary;
    public static String severityError;
    public static String severityWarning;
    public static String severityInfo;
    public static String emfRule;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
