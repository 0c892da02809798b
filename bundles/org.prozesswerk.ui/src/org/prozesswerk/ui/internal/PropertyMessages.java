package org.prozesswerk.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Eigenschaften view support ({@code org.prozesswerk.ui.properties}). */
public final class PropertyMessages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.internal.property_messages";

    public static String Property_Yes;
    public static String Property_No;
    public static String Property_InvalidDate;
    public static String Property_InvalidValue;
    public static String Property_ValueRequired;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PropertyMessages.class);
    }

    private PropertyMessages() {
    }
}
