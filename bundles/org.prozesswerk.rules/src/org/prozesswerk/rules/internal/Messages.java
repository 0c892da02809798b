/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the rule language and engine (English defaults, German in messages_de.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.rules.internal.messages";

    public static String unknownType;
    public static String unknownFeature;
    public static String unknownName;
    public static String memberOfCollection;
    public static String memberOfValue;
    public static String expectedBoolean;
    public static String expectedCollection;
    public static String expectedSingle;
    public static String expectedString;
    public static String expectedNumber;
    public static String incomparable;
    public static String unorderedType;
    public static String notResolvable;
    public static String uniqueNeedsElement;
    public static String badPattern;
    public static String badPlaceholder;
    public static String unknownPlaceholderFeature;
    public static String placeholderOfCollection;
    public static String definitionType;
    public static String definitionCycle;
    public static String duplicateRuleId;
    public static String nestingTooDeep;
    public static String importUnreadable;
    public static String networkRefused;
    public static String unreadable;
    public static String duplicateDefinition;
    public static String attributeKey;
    public static String emptyMessage;
    public static String ruleIdSpaces;
    public static String importNotFound;
    public static String evaluationFailed;
    public static String patternTooSlow;
    public static String severityError;
    public static String severityWarning;
    public static String severityInfo;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
