package org.prozesswerk.ui.dashboard.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.prozesswerk.ui.dashboard.internal.messages";

    public static String Title;
    public static String Stand;
    public static String Computing;
    public static String Job_Name;
    public static String NoRegister;
    public static String NoRegisterHint;
    public static String Tile_Profiles;
    public static String Tile_LegalBasis;
    public static String Tile_Oaa;
    public static String Tile_Fte;
    public static String Coverage_Line;
    public static String Coverage_None;
    public static String Chart_Coverage;
    public static String Chart_Status;
    public static String Chart_Capacity;
    public static String Capacity_None;
    public static String Capacity_Rest;
    public static String Capacity_WithoutUnit;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
