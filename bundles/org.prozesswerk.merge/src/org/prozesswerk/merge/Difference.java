package org.prozesswerk.merge;

/**
 * One difference between two registers.
 *
 * @param kind        what happened
 * @param elementType the type of the element concerned (for value objects: VALUE, and {@code owner} names the owner)
 * @param elementId   merge identity of the element (its id in the older register, else in the newer)
 * @param label       what a user recognises: Steckbrief key and name, folder path, unit code and name
 * @param feature     the feature concerned, or {@code null} for ADDED/DELETED of an element; for value objects
 *                    the owner's containment feature (e.g. {@code legalBases})
 * @param oldValue    value before (rendered), or {@code null}
 * @param newValue    value after (rendered), or {@code null}
 * @param match       how the element was matched between the registers ({@code null} when added or deleted)
 */
public record Difference(DifferenceKind kind, ElementType elementType, String elementId, String label, String feature,
        String oldValue, String newValue, MatchKind match) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(kind).append(' ').append(elementType).append(' ').append(label);
        if (feature != null) {
            s.append(" [").append(feature).append(']');
        }
        if (oldValue != null || newValue != null) {
            s.append(": ").append(oldValue).append(" → ").append(newValue);
        }
        if (match != null && match != MatchKind.ID && match != MatchKind.CONTENT_KEY) {
            s.append(" (matched by ").append(match).append(')');
        }
        return s.toString();
    }
}
