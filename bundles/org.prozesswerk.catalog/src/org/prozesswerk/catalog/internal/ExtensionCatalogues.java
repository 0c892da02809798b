package org.prozesswerk.catalog.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueLoader;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CatalogueSource;
import org.prozesswerk.catalog.CsvCatalogueLoader;
import org.prozesswerk.catalog.KeyValidator;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.LoadResult;

/** Turns the contributions to {@code org.prozesswerk.catalog.catalogues} into lazily loading catalogues. */
public final class ExtensionCatalogues {

    private ExtensionCatalogues() {
    }

    public static void addContributions(CatalogueRegistry registry) {
        if (Platform.getExtensionRegistry() == null) {
            return; // plain Java (e.g. a benchmark without OSGi): only run-time catalogues
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(CatalogueRegistry.EXTENSION_POINT)) {
            if (!"catalogue".equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            try {
                Catalogue catalogue = toCatalogue(element, registry);
                if (!registry.addContribution(catalogue)) {
                    ILog.of(ExtensionCatalogues.class)
                            .warn(NLS.bind(Messages.duplicateCatalogue, catalogue.id(), contributor));
                }
            } catch (CoreException | RuntimeException e) {
                ILog.of(ExtensionCatalogues.class).error(NLS.bind(Messages.contributionError, contributor,
                        e.getMessage()), e);
            }
        }
    }

    private static Catalogue toCatalogue(IConfigurationElement element, CatalogueRegistry registry)
            throws CoreException {
        String id = required(element, "id");
        KeyValidator validator = keyValidator(element);
        IConfigurationElement[] csv = element.getChildren("csv");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            parameters.put(required(parameter, "name"), parameter.getAttribute("value"));
        }
        if (csv.length > 0) {
            for (String name : csv[0].getAttributeNames()) {
                parameters.put(name, csv[0].getAttribute(name));
            }
        } else if (element.getAttribute("loader") == null) {
            throw new IllegalArgumentException(id + ": neither <csv> nor loader");
        }
        Bundle bundle = Platform.getBundle(element.getContributor().getName());
        ContributedSource source = new ContributedSource(id, bundle, parameters, validator, registry);
        return new Catalogue(id, required(element, "name"), required(element, "version"),
                element.getAttribute("publisher"), validator, () -> {
                    try {
                        CatalogueLoader loader = csv.length > 0 ? new CsvCatalogueLoader()
                                : (CatalogueLoader) element.createExecutableExtension("loader");
                        return loader.load(source);
                    } catch (CoreException | IOException | ClassCastException e) {
                        return new LoadResult(List.of(), List.of(LoadProblem.error(id, 0,
                                NLS.bind(Messages.loadFailed, id, String.valueOf(e)))));
                    }
                });
    }

    private static KeyValidator keyValidator(IConfigurationElement element) throws CoreException {
        if (element.getAttribute("keyValidator") != null) {
            return (KeyValidator) element.createExecutableExtension("keyValidator");
        }
        String pattern = element.getAttribute("keyPattern");
        return pattern == null ? KeyValidator.ANY : KeyValidator.pattern(pattern, element.getAttribute("keyFormat"));
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> lacks " + attribute);
        }
        return value.strip();
    }

    /** Data files come from the contributing bundle (or its fragments). */
    private record ContributedSource(String catalogueId, Bundle bundle, Map<String, String> parameters,
            KeyValidator validator, CatalogueRegistry registry) implements CatalogueSource {

        @Override
        public Optional<String> parameter(String name) {
            return Optional.ofNullable(parameters.get(name));
        }

        @Override
        public InputStream open(String path) throws IOException {
            URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromOSString(path), null);
            if (url == null) {
                throw new FileNotFoundException((bundle == null ? "?" : bundle.getSymbolicName()) + "/" + path);
            }
            return url.openStream();
        }

        @Override
        public Optional<String> validateKey(String key) {
            return validator.validate(key);
        }

        @Override
        public Optional<Catalogue> catalogue(String id) {
            return id.equals(catalogueId) ? Optional.empty() : registry.catalogue(id);
        }
    }
}
