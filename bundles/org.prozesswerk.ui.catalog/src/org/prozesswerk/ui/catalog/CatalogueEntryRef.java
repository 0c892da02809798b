package org.prozesswerk.ui.catalog;

import java.util.Objects;

import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;

/**
 * A catalogue entry together with its catalogue: what the catalogue browser shows, selects and drags. Two refs are
 * equal when they name the same key of the same catalogue.
 */
public record CatalogueEntryRef(Catalogue catalogue, CatalogueEntry entry) {

    public CatalogueEntryRef {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(entry, "entry");
    }

    public String key() {
        return entry.key();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogueEntryRef ref && ref.catalogue.id().equals(catalogue.id())
                && Objects.equals(ref.entry.key(), entry.key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogue.id(), entry.key());
    }

    @Override
    public String toString() {
        return entry.key() + " " + entry.label();
    }
}
