package org.prozesswerk.catalog;

import java.io.IOException;

/**
 * Reads a catalogue's entries. Contributors of {@code org.prozesswerk.catalog.catalogues} implement it when their
 * data does not fit {@link CsvCatalogueLoader}. Implementations need a public no-argument constructor and must not
 * keep state between calls: the registry calls {@link #load} once, lazily, on first use of the catalogue.
 */
public interface CatalogueLoader {

    /**
     * @return the entries in source order and every problem found; a row that was not taken must be reported as a
     *         {@link LoadProblem} with its line number, never silently dropped
     * @throws IOException when the data cannot be read at all; the catalogue is then empty and the failure is
     *                     reported as a problem
     */
    LoadResult load(CatalogueSource source) throws IOException;
}
