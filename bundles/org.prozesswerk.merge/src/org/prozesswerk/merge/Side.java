package org.prozesswerk.merge;

/** The two sides of a three-way merge: the local register (ours) and the incoming one (theirs). */
public enum Side {
    OURS, THEIRS
}
