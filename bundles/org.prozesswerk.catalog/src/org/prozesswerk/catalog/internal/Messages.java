package org.prozesswerk.catalog.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the catalogue bundle (problem messages shown in the UI and CLI). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.catalog.internal.messages";

    public static String keyFormat;
    public static String duplicateKey;
    public static String unknownParent;
    public static String loadFailed;
    public static String notUtf8;
    public static String damagedUtf8;
    public static String unterminatedQuote;
    public static String cellCount;
    public static String missingColumn;
    public static String missingParameter;
    public static String emptyKey;
    public static String emptyLabel;
    public static String duplicateRow;
    public static String emptyFile;
    public static String unknownCatalogue;
    public static String unknownKey;
    public static String contributionError;
    public static String duplicateCatalogue;
    public static String problemInFile;
    public static String problemAtRow;
    public static String problemAtCell;
    public static String warningPrefix;
    public static String importSingleColumn;
    public static String importMissingColumn;
    public static String importCellCount;
    public static String importEmptyKey;
    public static String importDuplicateKey;
    public static String importUnreadable;
    public static String userCataloguesFailed;
    public static String importContributedId;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
