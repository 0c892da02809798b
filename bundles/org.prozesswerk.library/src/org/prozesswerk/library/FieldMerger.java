/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.prozesswerk.library.LibraryItem.Steckbrief;

/**
 * Field-by-field three-way merge: a field changed on one side only takes that side's value; a field changed on both
 * sides to the same value is fine; a field changed on both sides differently is a conflict (ours is kept, the field
 * is named). Lists (tags, references, legal bases, ...) count as one field each. The version becomes the larger of
 * both plus one when both sides changed the item, so a merge is a new publication.
 */
public final class FieldMerger implements ItemMerger {

    @Override
    public Result merge(LibraryItem base, LibraryItem ours, LibraryItem theirs) {
        List<String> conflicts = new ArrayList<>();
        Steckbrief b = base == null ? null : base.steckbrief();
        Steckbrief o = ours.steckbrief();
        Steckbrief t = theirs.steckbrief();
        Steckbrief merged = new Steckbrief(
                pick("key", b == null ? null : b.key(), o.key(), t.key(), conflicts),
                pick("name", b == null ? null : b.name(), o.name(), t.name(), conflicts),
                pick("shortDescription", b == null ? null : b.shortDescription(), o.shortDescription(),
                        t.shortDescription(), conflicts),
                pick("description", b == null ? null : b.description(), o.description(), t.description(), conflicts),
                pick("processType", b == null ? null : b.processType(), o.processType(), t.processType(), conflicts),
                pick("trigger", b == null ? null : b.trigger(), o.trigger(), t.trigger(), conflicts),
                pick("result", b == null ? null : b.result(), o.result(), t.result(), conflicts),
                pick("fimStatus", b == null ? null : b.fimStatus(), o.fimStatus(), t.fimStatus(), conflicts),
                pick("validFrom", b == null ? null : b.validFrom(), o.validFrom(), t.validFrom(), conflicts),
                pick("validTo", b == null ? null : b.validTo(), o.validTo(), t.validTo(), conflicts),
                pick("tags", b == null ? null : b.tags(), o.tags(), t.tags(), conflicts),
                pick("catalogueReferences", b == null ? null : b.catalogueReferences(), o.catalogueReferences(),
                        t.catalogueReferences(), conflicts),
                pick("legalBases", b == null ? null : b.legalBases(), o.legalBases(), t.legalBases(), conflicts),
                pick("contexts", b == null ? null : b.contexts(), o.contexts(), t.contexts(), conflicts),
                pick("models", b == null ? null : b.models(), o.models(), t.models(), conflicts),
                pick("attributes", b == null ? null : b.attributes(), o.attributes(), t.attributes(), conflicts),
                pick("predecessors", b == null ? null : b.predecessors(), o.predecessors(), t.predecessors(),
                        conflicts),
                pick("successors", b == null ? null : b.successors(), o.successors(), t.successors(), conflicts));
        String publisher = pick("publisher", base == null ? null : base.publisher(), ours.publisher(),
                theirs.publisher(), conflicts);
        String licence = pick("licence", base == null ? null : base.licence(), ours.licence(), theirs.licence(),
                conflicts);
        int version = Math.max(ours.version(), theirs.version());
        if (base != null && ours.version() != base.version() && theirs.version() != base.version()) {
            version++;
        }
        return new Result(new LibraryItem(ours.id(), publisher, version, licence, merged), conflicts);
    }

    private static <T> T pick(String field, T base, T ours, T theirs, List<String> conflicts) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        conflicts.add(field);
        return ours;
    }
}
