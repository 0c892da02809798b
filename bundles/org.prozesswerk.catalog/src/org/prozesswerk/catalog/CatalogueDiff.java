package org.prozesswerk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a catalogue: keys added, removed and relabelled (same key, other label).
 * Loads both catalogues.
 */
public record CatalogueDiff(List<CatalogueEntry> added, List<CatalogueEntry> removed, List<Relabelled> relabelled) {

    /** A key whose label changed. */
    public record Relabelled(String key, String oldLabel, String newLabel) {
    }

    public CatalogueDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        relabelled = List.copyOf(relabelled);
    }

    /** The changes from {@code older} to {@code newer}, each list in the key order of its catalogue. */
    public static CatalogueDiff between(Catalogue older, Catalogue newer) {
        List<CatalogueEntry> added = new ArrayList<>();
        List<CatalogueEntry> removed = new ArrayList<>();
        List<Relabelled> relabelled = new ArrayList<>();
        for (CatalogueEntry entry : newer.entries()) {
            var before = older.entry(entry.key());
            if (before.isEmpty()) {
                added.add(entry);
            } else if (!Objects.equals(before.get().label(), entry.label())) {
                relabelled.add(new Relabelled(entry.key(), before.get().label(), entry.label()));
            }
        }
        for (CatalogueEntry entry : older.entries()) {
            if (newer.entry(entry.key()).isEmpty()) {
                removed.add(entry);
            }
        }
        return new CatalogueDiff(added, removed, relabelled);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && relabelled.isEmpty();
    }
}
