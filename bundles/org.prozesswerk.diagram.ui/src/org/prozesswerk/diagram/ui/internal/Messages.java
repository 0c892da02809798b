package org.prozesswerk.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

    public static String Open_Diagram;
    public static String Open_Failed;
    public static String Tool_NewUnit;
    public static String Tool_ResetLayout;
    public static String Tool_Fit;
    public static String Tool_ExportSvg;
    public static String Tool_ExportPng;
    public static String Landscape_ColorBy;
    public static String Landscape_ByStatus;
    public static String Landscape_ByDegree;
    public static String Landscape_Unit;
    public static String Landscape_AllUnits;
    public static String Export_Failed;
    public static String ReadOnly_Notice;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
