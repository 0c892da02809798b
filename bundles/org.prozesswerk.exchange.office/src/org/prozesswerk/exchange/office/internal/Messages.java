package org.prozesswerk.exchange.office.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the CSV/XLSX exchange bundle. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.exchange.office.internal.messages";

    public static String Csv_Task;
    public static String Csv_BadSeparator;
    public static String Csv_Organisation;
    public static String Csv_OrganisationReason;
    public static String Xlsx_Task;
    public static String Xlsx_Truncated;
    public static String Export_ControlCharacter;
    public static String Xlsx_HyperlinkLimit;
    public static String Xlsx_RowLimit;
    public static String Import_Task;
    public static String Import_Row;
    public static String Import_SheetRow;
    public static String Import_ColumnMapped;
    public static String Import_Column;
    public static String Import_ColumnNoMapping;
    public static String Import_ColumnIgnored;
    public static String Import_ColumnTwice;
    public static String Import_NoNameColumn;
    public static String Import_RowWithoutName;
    public static String Import_BadValue;
    public static String Import_UnitCreated;
    public static String Import_FolderCreated;
    public static String Import_AttributeCreated;
    public static String Import_IdTaken;
    public static String Import_UnknownPredecessor;
    public static String Import_Profile;
    public static String Import_CsvProblem;
    public static String Import_ControlCharacter;
    public static String Import_InvalidUtf8;
    public static String Import_LegacyEncoding;
    public static String Import_NoSheet;
    public static String Import_SheetSkipped;
    public static String Import_OrgUnitRow;
    public static String Import_NotXlsx;
    public static String Catalogue_Unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
