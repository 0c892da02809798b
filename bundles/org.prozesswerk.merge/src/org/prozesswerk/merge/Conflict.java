package org.prozesswerk.merge;

/**
 * A conflict of a three-way merge; decided with {@link MergeDecisions}.
 *
 * @param id          stable id (kind, element and feature), the key of per-conflict decisions
 * @param kind        the conflict kind
 * @param elementType type of the element concerned
 * @param elementId   merge identity of the element
 * @param label       what a user recognises
 * @param feature     the feature, or {@code null} for whole-element conflicts
 * @param base        the base value (rendered), or {@code null}
 * @param ours        the local value (rendered; "(gelöscht)" when deleted)
 * @param theirs      the incoming value (rendered)
 * @param ownership   the feature's ownership
 * @param suggested   the side the policy suggests ({@code null}: no suggestion)
 */
public record Conflict(String id, ConflictKind kind, ElementType elementType, String elementId, String label,
        String feature, String base, String ours, String theirs, Ownership ownership, Side suggested) {

    @Override
    public String toString() {
        return kind + " " + elementType + " " + label + (feature == null ? "" : " [" + feature + "]") + ": base="
                + base + " ours=" + ours + " theirs=" + theirs;
    }
}
