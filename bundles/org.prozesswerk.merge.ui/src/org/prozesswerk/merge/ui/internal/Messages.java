/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the update and compare workbench parts (English defaults, German in messages_de.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.prozesswerk.merge.ui.internal.messages";

    public static String updateTitle;
    public static String updateHeading;
    public static String chooseRegister;
    public static String newVersion;
    public static String baseVersion;
    public static String baseFileChanged;
    public static String builtInV1;
    public static String builtInV21;
    public static String chooseFile;
    public static String registerFiles;
    public static String allFiles;
    public static String chooseBoth;
    public static String chooseNew;
    public static String loadFailed;
    public static String columnElement;
    public static String columnChange;
    public static String columnBase;
    public static String columnOurs;
    public static String columnTheirs;
    public static String columnResult;
    public static String searchLabel;
    public static String searchHint;
    public static String conflictsOnly;
    public static String summaryUpdate;
    public static String summaryCompare;
    public static String nodeChanges;
    public static String nodeChangesConflicts;
    public static String keepOurs;
    public static String takeTheirs;
    public static String undecide;
    public static String ruleLabel;
    public static String ruleTheirs;
    public static String ruleOurs;
    public static String applyRule;
    public static String ruleFeature;
    public static String ruleKind;
    public static String saveDecisions;
    public static String loadDecisions;
    public static String decisionsSaved;
    public static String decisionsSaveFailed;
    public static String decisionsLoaded;
    public static String decisionsLoadFailed;
    public static String apply;
    public static String nothingToDo;
    public static String openConflicts;
    public static String readyToApply;
    public static String notesTitle;
    public static String valueAdded;
    public static String valueDeleted;
    public static String valuePresent;
    public static String valueInUse;
    public static String valueOpen;
    public static String localKept;
    public static String groupUnfiled;
    public static String topLevel;
    public static String groupFolders;
    public static String groupOrgUnits;
    public static String groupDefinitions;
    public static String groupRegister;
    public static String featureContainer;
    public static String kindAdded;
    public static String kindDeleted;
    public static String kindMoved;
    public static String kindChanged;
    public static String kindReferenceAdded;
    public static String kindReferenceRemoved;
    public static String kindOrderChanged;
    public static String kindRetired;
    public static String conflictSameField;
    public static String conflictChangeDelete;
    public static String conflictDeleteReferenced;
    public static String conflictMoveMove;
    public static String conflictAddAdd;
    public static String compareTitle;
    public static String compareHeading;
    public static String compareMessage;
    public static String compareWith;
    public static String compareEditorName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
