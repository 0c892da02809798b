/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.model.CatalogueReference;

/** Decides whether a catalogue reference is {@code auflösbar}: its catalogue is installed and knows the key. */
@FunctionalInterface
public interface ReferenceResolver {

    boolean isResolvable(CatalogueReference reference);

    /** Resolution against the application's catalogues ({@link CatalogueRegistry#getDefault()}). */
    static ReferenceResolver catalogues() {
        return of(CatalogueRegistry.getDefault());
    }

    static ReferenceResolver of(CatalogueRegistry registry) {
        return registry::isResolved; // same answer as resolve(reference).isResolved(), without its messages
    }
}
