package org.prozesswerk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What a {@link CatalogueLoader} gets to work with: the parameters of its contribution, its data files, the key
 * check of the catalogue, and the other catalogues (for catalogues derived from another one, like the norms
 * derived from LeiKa).
 */
public interface CatalogueSource {

    /** The id of the catalogue being loaded. */
    String catalogueId();

    /** A parameter from the contribution ({@code <parameter>} elements or attributes of {@code <csv>}). */
    Optional<String> parameter(String name);

    default String parameter(String name, String defaultValue) {
        return parameter(name).filter(value -> !value.isBlank()).orElse(defaultValue);
    }

    /**
     * Opens a data file. Paths are relative to the contributing bundle (or, for imported catalogues, to the user's
     * catalogue folder).
     */
    InputStream open(String path) throws IOException;

    /** Checks a key against the catalogue's key format. */
    Optional<String> validateKey(String key);

    /**
     * Another catalogue, loading it if needed. Must not be used to reach back to the catalogue being loaded.
     */
    Optional<Catalogue> catalogue(String id);
}
