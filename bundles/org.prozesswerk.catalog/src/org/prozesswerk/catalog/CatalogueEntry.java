package org.prozesswerk.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a catalogue, for example a LeiKa service or an Amt of the KGSt plan.
 *
 * @param key        the entry's key, unique within its catalogue (for LeiKa the 14-digit Leistungsschlüssel)
 * @param label      the display label
 * @param parentKey  the key of the parent entry, or {@code null} for a root entry
 * @param kind       what sort of entry this is, in the catalogue's own terms (e.g. "Leistungsobjekt"); may be empty
 * @param attributes further values by name, in the order the loader gave them; never {@code null}. The record keeps
 *                   a copy, except of a map that is already an unmodifiable view: pass no view of a map you still change.
 */
public record CatalogueEntry(String key, String label, String parentKey, String kind, Map<String, String> attributes) {

    public CatalogueEntry {
        Objects.requireNonNull(key, "key");
        label = label == null ? "" : label;
        kind = kind == null ? "" : kind;
        parentKey = parentKey == null || parentKey.isEmpty() ? null : parentKey;
        // Unmodifiable copy that keeps the loader's order (Map.copyOf would not); our own copies are not copied
        // again, which matters when loaders derive entries from entries (parents set after reading all rows).
        if (attributes == null || attributes.isEmpty()) {
            attributes = Map.of();
        } else if (attributes.getClass() != OWN_COPY) {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }
    }

    private static final Class<?> OWN_COPY = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>())
            .getClass();

    public CatalogueEntry(String key, String label, String parentKey, String kind) {
        this(key, label, parentKey, kind, Map.of());
    }

    /** The attribute value, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /** A copy with another parent; loaders use it when they derive the hierarchy after reading all rows. */
    public CatalogueEntry withParentKey(String newParentKey) {
        return new CatalogueEntry(key, label, newParentKey, kind, attributes);
    }
}
