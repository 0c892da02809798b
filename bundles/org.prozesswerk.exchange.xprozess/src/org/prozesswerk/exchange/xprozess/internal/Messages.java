package org.prozesswerk.exchange.xprozess.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the XProzess import and export. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.xprozess.internal.messages";

    public static String Export_ControlCharacter;
    public static String Xml_Doctype;
    public static String Xml_Malformed;
    public static String Xml_TooDeep;
    public static String Xml_ControlCharacter;
    public static String Xml_Encoding;
    public static String Zip_TooManyEntries;
    public static String Zip_TooLarge;
    public static String Zip_Ratio;
    public static String Zip_Malformed;
    public static String Zip_Empty;
    public static String Import_Task;
    public static String Import_NotXProzess;
    public static String Import_Version;
    public static String Import_Missing;
    public static String Import_Base64;
    public static String Import_Base64TooLong;
    public static String Import_Zip;
    public static String Import_NoRegisterFile;
    public static String Import_ModelWritten;
    public static String Import_ExtraZipEntry;
    public static String Import_Attachment;
    public static String Import_NotModelled;
    public static String Import_Header;
    public static String Import_CatalogueName;
    public static String Import_RegisterName;
    public static String Import_StructureKept;
    public static String Import_StructureLegalBasis;
    public static String Export_StructureUnreadable;
    public static String Import_Classification;
    public static String Import_Merkmal;
    public static String Import_Art;
    public static String Import_ClassState;
    public static String Import_ClassOnly;
    public static String Import_UnitCreated;
    public static String Import_UnitFound;
    public static String Import_IdTaken;
    public static String Import_BadCode;
    public static String Import_BadDate;
    public static String Import_Unknown;
    public static String Import_BeschreibungKept;
    public static String Feature;
    public static String Export_Task;
    public static String Export_NotCarried;
    public static String Export_ModelMissing;
    public static String Export_Role;
    public static String Export_History;
    public static String Export_NoModelFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
