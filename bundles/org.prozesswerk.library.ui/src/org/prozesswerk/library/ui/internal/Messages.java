/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the library workbench parts (English defaults, German in messages_de.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.library.ui.internal.messages";

    public static String adoptButton;
    public static String adoptChooseItems;
    public static String adoptCommand;
    public static String adoptFolder;
    public static String adoptHeading;
    public static String adoptMessage;
    public static String adoptNoRegister;
    public static String adoptNoUnit;
    public static String adoptRegister;
    public static String adoptTitle;
    public static String adoptUnfiled;
    public static String adoptUnit;
    public static String adoptUnresolved;
    public static String columnCatalogue;
    public static String columnCommit;
    public static String columnKey;
    public static String columnName;
    public static String columnPublisher;
    public static String columnStatus;
    public static String columnVersion;
    public static String columnWhat;
    public static String columnWhen;
    public static String columnWho;
    public static String compareName;
    public static String connectAuthentication;
    public static String connectButton;
    public static String connectCloning;
    public static String connectHeading;
    public static String connectMessage;
    public static String connectName;
    public static String connectPassword;
    public static String connectSecureNote;
    public static String connectTitle;
    public static String connectUrl;
    public static String connectUser;
    public static String connectionsUnreadable;
    public static String demoBuilding;
    public static String demoName;
    public static String fieldCatalogue;
    public static String fieldContexts;
    public static String fieldKey;
    public static String fieldLegal;
    public static String fieldLicence;
    public static String fieldLine;
    public static String fieldModels;
    public static String fieldName;
    public static String fieldPublisher;
    public static String fieldResult;
    public static String fieldShort;
    public static String fieldStatus;
    public static String fieldTags;
    public static String fieldTrigger;
    public static String fieldType;
    public static String fieldVersion;
    public static String filterAll;
    public static String historyCompare;
    public static String historyMissing;
    public static String jobReading;
    public static String modelNone;
    public static String modelOpen;
    public static String offerDemo;
    public static String offerText;
    public static String publishChecking;
    public static String publishChooseLibrary;
    public static String publishChooseProfiles;
    public static String publishCommand;
    public static String publishConflicts;
    public static String publishPreview;
    public static String publishDone;
    public static String publishJob;
    public static String publishNoLibrary;
    public static String publishTitle;
    public static String rulesInvalid;
    public static String secureStorageFailed;
    public static String tabHistory;
    public static String tabModels;
    public static String tabSteckbrief;
    public static String updateBase;
    public static String updateTheirs;
    public static String updatesChooseRegister;
    public static String updatesNone;
    public static String updatesNotConnected;
    public static String updatesRemoved;
    public static String updatesTitle;
    public static String viewCatalogueKey;
    public static String viewConnect;
    public static String viewInvalidItems;
    public static String viewItems;
    public static String viewLibrary;
    public static String viewPublisher;
    public static String viewPull;
    public static String viewSearch;
    public static String viewStatus;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
