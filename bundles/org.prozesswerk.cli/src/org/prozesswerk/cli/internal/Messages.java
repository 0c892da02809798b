package org.prozesswerk.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line's own error messages (German in texts_de.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.cli.internal.texts";

    public static String Register_TooLarge;
    public static String Register_ControlCharacter;
    public static String Register_ControlCharacterMore;
    public static String OutOfMemory;
    public static String StackOverflow;
    public static String InternalError;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
