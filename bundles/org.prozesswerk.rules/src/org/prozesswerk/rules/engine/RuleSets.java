/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.osgi.framework.Bundle;

/**
 * Rule sets contributed by bundles through {@value #EXTENSION_POINT}, and loading them together with rule files of
 * the user (workspace, command line).
 */
public final class RuleSets {

    /** The extension point through which bundles ship rule sets. */
    public static final String EXTENSION_POINT = "org.prozesswerk.rules.ruleSets";

    private RuleSets() {
    }

    /**
     * A contributed rule set.
     *
     * @param uri      {@code platform:/plugin/<bundle>/<file>}
     * @param bundleRoot the bundle's root as an URL the framework can read, to map {@code platform:/plugin/<bundle>/}
     */
    public record Descriptor(String id, String name, String description, URI uri, URI bundleRoot) {
    }

    /** All contributions, in registry order; broken ones are logged and skipped. */
    public static List<Descriptor> contributed() {
        List<Descriptor> result = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return result;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(EXTENSION_POINT)) {
            String bundleName = element.getContributor().getName();
            String file = element.getAttribute("file");
            Bundle bundle = Platform.getBundle(bundleName);
            URL root = bundle == null ? null : bundle.getEntry("/");
            if (file == null || root == null || bundle.getEntry(file) == null) {
                ILog.of(RuleSets.class).error(bundleName + ": rule set file not found: " + file);
                continue;
            }
            String path = file.startsWith("/") ? file.substring(1) : file;
            result.add(new Descriptor(element.getAttribute("id"), element.getAttribute("name"),
                    element.getAttribute("description"),
                    URI.createPlatformPluginURI(bundleName + "/" + path, true),
                    URI.createURI(root.toString())));
        }
        return result;
    }

    /**
     * Loads the given contributions and user files (file URIs) into one rule set.
     */
    public static RuleSetLoad load(Collection<Descriptor> contributions, Collection<URI> userFiles,
            ReferenceResolver resolver) {
        Map<URI, URI> uriMap = new LinkedHashMap<>();
        List<URI> files = new ArrayList<>();
        for (Descriptor descriptor : contributions) {
            uriMap.put(descriptor.uri().trimSegments(descriptor.uri().segmentCount() - 2).appendSegment(""),
                    descriptor.bundleRoot());
            files.add(descriptor.uri());
        }
        files.addAll(userFiles);
        return RuleSetLoader.load(files, uriMap, resolver);
    }

    /** Every contributed rule set plus {@code userFiles}, resolving against the application's catalogues. */
    public static RuleSetLoad loadAll(Collection<URI> userFiles) {
        return load(contributed(), userFiles, ReferenceResolver.catalogues());
    }
}
