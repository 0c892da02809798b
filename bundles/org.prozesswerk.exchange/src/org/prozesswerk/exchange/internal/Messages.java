package org.prozesswerk.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the exchange API bundle. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.internal.messages";

    public static String Report_Mapped;
    public static String Report_Created;
    public static String Report_Skipped;
    public static String Report_Warning;
    public static String Report_Rejected;
    public static String Report_Summary;
    public static String Report_More;
    public static String Registry_BadContribution;
    public static String Registry_DuplicateId;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
