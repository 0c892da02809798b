package org.prozesswerk.catalog.tests;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CatalogueSource;
import org.prozesswerk.catalog.KeyValidator;

/** Access to the data files shipped in the catalogue bundles. */
final class TestData {

    private TestData() {
    }

    static InputStream open(String bundleName, String path) throws IOException {
        Bundle bundle = Platform.getBundle(bundleName);
        URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromOSString(path), null);
        if (url == null) {
            throw new FileNotFoundException(bundleName + "/" + path);
        }
        return url.openStream();
    }

    /** A source reading from a bundle, for loading a catalogue afresh (timings) outside the registry. */
    static CatalogueSource source(String bundleName, String catalogueId, KeyValidator validator,
            java.util.Map<String, String> parameters) {
        return new CatalogueSource() {
            @Override
            public String catalogueId() {
                return catalogueId;
            }

            @Override
            public Optional<String> parameter(String name) {
                return Optional.ofNullable(parameters.get(name));
            }

            @Override
            public InputStream open(String path) throws IOException {
                return TestData.open(bundleName, path);
            }

            @Override
            public Optional<String> validateKey(String key) {
                return validator.validate(key);
            }

            @Override
            public Optional<Catalogue> catalogue(String id) {
                return CatalogueRegistry.getDefault().catalogue(id);
            }
        };
    }
}
