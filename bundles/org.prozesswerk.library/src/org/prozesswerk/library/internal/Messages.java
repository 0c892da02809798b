/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.internal;

import org.eclipse.osgi.util.NLS;

/** User messages of the library (German in messages_de.properties). */
public final class Messages extends NLS {

    public static String unreachable;
    public static String authentication;
    public static String rejected;
    public static String historyRewritten;
    public static String conflict;
    public static String invalidItem;
    public static String validationBlocked;
    public static String notALibrary;
    public static String transportFailed;
    public static String gaveUp;
    public static String progressPublish;
    public static String progressCheck;
    public static String progressWrite;
    public static String progressCommit;
    public static String progressPush;
    public static String progressRetry;
    public static String itemUnsupportedFormat;
    public static String itemTrailingContent;
    public static String itemInvalidId;
    public static String itemMissingField;
    public static String itemUnknownField;
    public static String itemMissingName;
    public static String itemNotOneOf;
    public static String itemNotInstant;
    public static String itemUnsafeModelPath;
    public static String itemAttributeWithoutId;

    static {
        NLS.initializeMessages(Messages.class.getName().replace("Messages", "messages"), Messages.class);
    }

    private Messages() {
    }
}
