package org.prozesswerk.merge;

/** The kinds of three-way conflicts. Identical changes on both sides are never a conflict. */
public enum ConflictKind {
    /** Both sides changed the same field to different values. */
    SAME_FIELD,
    /** Changed on one side, deleted on the other. */
    CHANGE_DELETE,
    /** Deleted on one side while the other side still (or newly) references it or files something in it. */
    DELETE_REFERENCED,
    /** Both sides moved the element to different places. */
    MOVE_MOVE,
    /** Both sides added an element with the same business key (or id), with different content. */
    ADD_ADD
}
