package org.prozesswerk.merge;

/** What kind of register element a difference or conflict is about. */
public enum ElementType {
    REGISTER, FOLDER, PROFILE, ORG_UNIT, ATTRIBUTE_DEFINITION,
    /** A value object without id inside its owner: catalogue reference, legal basis, context, participation,
     * attribute value, status change, model reference, catalogue usage. */
    VALUE
}
