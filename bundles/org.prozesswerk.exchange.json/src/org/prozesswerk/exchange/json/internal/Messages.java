package org.prozesswerk.exchange.json.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the JSON exporter. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.json.internal.messages";

    public static String Json_Task;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
