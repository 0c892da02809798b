package org.prozesswerk.bpmn.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the BPMN model bundle; German in messages_de.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.bpmn.internal.messages";

    public static String Load_NoSuchFile;
    public static String Load_ErrorAt;
    public static String Load_Error;
    public static String Load_NotBpmn;
    public static String Load_EmptyDocument;
    public static String Load_IllegalValueKept;
    public static String Load_SecondPlane;
    public static String Load_Warning;
    public static String Load_ControlCharacter;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
