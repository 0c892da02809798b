/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.util.List;

/**
 * Three-way merge of one library item: the seam for the semantic merge engine (issue 13). The default,
 * {@link FieldMerger}, merges field by field; the merge engine can replace it through
 * {@link SemanticMergeStrategy#setItemMerger(ItemMerger)} without changing the Git side.
 */
public interface ItemMerger {

    /**
     * @param base   the common ancestor, or null when both sides added the item
     * @param ours   our version
     * @param theirs their version
     * @return the merged item and the conflicts (fields changed differently on both sides); a result with conflicts
     *         keeps our value in each conflicting field
     */
    Result merge(LibraryItem base, LibraryItem ours, LibraryItem theirs);

    /** A merge result. */
    record Result(LibraryItem merged, List<String> conflicts) {

        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }
}
