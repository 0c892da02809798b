package org.prozesswerk.merge;

/** How an element of one register was matched with an element of another. */
public enum MatchKind {
    /** Same technical id. */
    ID,
    /** Ids differ; same Steckbrief key ({@code ProcessProfile.key}). */
    STECKBRIEF_KEY,
    /** Ids and Steckbrief keys differ; same key of the first LeiKa reference. */
    LEIKA_KEY,
    /** Ids differ; same org-unit short code. */
    ORG_UNIT_CODE,
    /** Ids differ; same folder path (names from the root). */
    FOLDER_PATH,
    /** A value object without id, matched by its content key inside its (matched) owner. */
    CONTENT_KEY
}
