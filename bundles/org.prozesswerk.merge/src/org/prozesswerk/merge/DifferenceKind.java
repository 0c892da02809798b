package org.prozesswerk.merge;

/** Differences at the level a process manager thinks in. */
public enum DifferenceKind {
    /** An element (Steckbrief, folder, unit, definition) or a value object was added. */
    ADDED,
    /** An element or a value object was removed. */
    DELETED,
    /** A Steckbrief or folder moved to another folder, an org unit was re-parented. */
    MOVED,
    /** A field changed (old → new); for folders the name change is a rename. */
    CHANGED,
    /** A reference (predecessor, tag, role, …) was added to a list. */
    REFERENCE_ADDED,
    /** A reference was removed from a list. */
    REFERENCE_REMOVED,
    /** The order of a list where order means something (folders, units) changed. */
    ORDER_CHANGED,
    /** Merge only: a Steckbrief deleted upstream but in local use, kept in the folder „Durch Aktualisierung entfernt“
     * and flagged. */
    RETIRED
}
