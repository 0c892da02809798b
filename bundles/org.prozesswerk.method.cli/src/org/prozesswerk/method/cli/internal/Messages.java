/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Output texts of {@code prozesswerk method-profile}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.method.cli.internal.messages";

    public static String Export_Done;
    public static String Export_Failed;
    public static String Import_Done;
    public static String Import_NotApplied;
    public static String Save_Failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
