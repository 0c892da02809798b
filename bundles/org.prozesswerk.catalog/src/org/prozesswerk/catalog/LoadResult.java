package org.prozesswerk.catalog;

import java.util.List;

/**
 * What a {@link CatalogueLoader} returns: the entries in source order and the problems it found.
 */
public record LoadResult(List<CatalogueEntry> entries, List<LoadProblem> problems) {

    public LoadResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
