package org.prozesswerk.catalog;

import java.util.Optional;

import org.prozesswerk.model.CatalogueReference;

/**
 * The outcome of resolving a {@link CatalogueReference}. Always carries the reference itself, so that callers can
 * show and keep references that do not resolve (a catalogue not installed, a key withdrawn) instead of dropping them.
 *
 * @param reference      the reference as given
 * @param status         whether it resolved
 * @param entry          the entry, when {@link Status#RESOLVED}
 * @param message        a user-facing explanation when not resolved (e.g. the key-format error), else empty
 * @param versionDiffers whether the reference names a catalogue version other than the installed one
 */
public record Resolution(CatalogueReference reference, Status status, Optional<CatalogueEntry> entry,
        Optional<String> message, boolean versionDiffers) {

    public enum Status {
        RESOLVED, UNKNOWN_CATALOGUE, UNKNOWN_KEY
    }

    public boolean isResolved() {
        return status == Status.RESOLVED;
    }

    /**
     * The label to show: the entry's current label, else the label snapshot stored with the reference.
     */
    public String displayLabel() {
        return entry.map(CatalogueEntry::label)
                .orElse(reference.getLabel() == null ? "" : reference.getLabel());
    }
}
