package org.prozesswerk.merge;

/**
 * Merge ownership of a feature, declared in the metamodel as EAnnotation {@value #SOURCE} with detail
 * {@code ownership} on the feature (see docs/merge.md). Value objects inherit the ownership of the containment
 * feature that holds them.
 */
public enum Ownership {
    /** Both sides may change it; both changing it differently is a conflict (the default). */
    SHARED,
    /** The incoming register (Musterregister) owns it: taken from there unless changed locally; when both changed it,
     * the conflict is reported with THEIRS suggested. */
    UPSTREAM,
    /** The local register owns it: a change on both sides keeps the local value and is never a conflict. */
    LOCAL;

    /** Annotation source of the ownership declarations. */
    public static final String SOURCE = "http://prozesswerk.org/merge";
    /** Annotation detail key. */
    public static final String KEY = "ownership";
}
