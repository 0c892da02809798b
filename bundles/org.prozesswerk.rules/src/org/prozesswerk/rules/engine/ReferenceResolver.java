/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.model.CatalogueReference;

/**
 * Decides whether a catalogue reference is {@code auflösbar} (its catalogue is installed and knows the key) or
 * {@code entfallen} (its catalogue is installed, but its current version no longer knows the key).
 */
@FunctionalInterface
public interface ReferenceResolver {

    boolean isResolvable(CatalogueReference reference);

    /**
     * Whether a catalogue with this id is installed. Resolvers written as a lambda know no catalogues apart from
     * their answer to {@link #isResolvable}, so they take every catalogue as installed.
     */
    default boolean isInstalled(String catalogueId) {
        return true;
    }

    /** {@code entfallen}: the catalogue is installed but does not know the key (any more). */
    default boolean isRemoved(CatalogueReference reference) {
        return reference.getCatalogueId() != null && isInstalled(reference.getCatalogueId())
                && !isResolvable(reference);
    }

    /** Resolution against the application's catalogues ({@link CatalogueRegistry#getDefault()}). */
    static ReferenceResolver catalogues() {
        return of(CatalogueRegistry.getDefault());
    }

    static ReferenceResolver of(CatalogueRegistry registry) {
        return new ReferenceResolver() {
            @Override
            public boolean isResolvable(CatalogueReference reference) {
                return registry.isResolved(reference); // as resolve(reference).isResolved(), without its messages
            }

            @Override
            public boolean isInstalled(String catalogueId) {
                return registry.catalogue(catalogueId).isPresent();
            }
        };
    }
}
