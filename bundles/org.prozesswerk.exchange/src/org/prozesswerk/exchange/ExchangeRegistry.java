package org.prozesswerk.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.prozesswerk.exchange.internal.ExtensionReader;

/**
 * The exporters and importers available: {@link #getDefault()} holds the contributions to
 * {@code org.prozesswerk.exchange.exporters} and {@code .importers}; {@code new ExchangeRegistry()} is an empty one
 * for tools and tests outside OSGi, filled with {@link #register(ExporterDescriptor)}. Lists are sorted by label.
 */
public final class ExchangeRegistry {

    private final Map<String, ExporterDescriptor> exporters = new LinkedHashMap<>();
    private final Map<String, ImporterDescriptor> importers = new LinkedHashMap<>();

    /** The registry of all contributions; empty when no extension registry runs (plain Java). */
    public static ExchangeRegistry getDefault() {
        return Default.REGISTRY;
    }

    /** Created on the first {@link #getDefault()}: the JVM initialises a class lazily, once, thread-safely. */
    private static final class Default {
        static final ExchangeRegistry REGISTRY = new ExchangeRegistry();

        static {
            IExtensionRegistry extensions = RegistryFactory.getRegistry();
            if (extensions != null) {
                ExtensionReader.read(extensions, REGISTRY);
            }
        }
    }

    /** Adds an exporter; returns {@code false} (and keeps the first) if its id is taken. */
    public synchronized boolean register(ExporterDescriptor descriptor) {
        return exporters.putIfAbsent(descriptor.id(), descriptor) == null;
    }

    /** Adds an importer; returns {@code false} (and keeps the first) if its id is taken. */
    public synchronized boolean register(ImporterDescriptor descriptor) {
        return importers.putIfAbsent(descriptor.id(), descriptor) == null;
    }

    public synchronized List<ExporterDescriptor> exporters() {
        List<ExporterDescriptor> list = new ArrayList<>(exporters.values());
        list.sort(Comparator.comparing(ExporterDescriptor::label, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** The exporters that can export {@code scope}. */
    public List<ExporterDescriptor> exporters(Scope scope) {
        return exporters().stream().filter(e -> e.supports(scope)).toList();
    }

    public synchronized List<ImporterDescriptor> importers() {
        List<ImporterDescriptor> list = new ArrayList<>(importers.values());
        list.sort(Comparator.comparing(ImporterDescriptor::label, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    public synchronized Optional<ExporterDescriptor> exporter(String id) {
        return Optional.ofNullable(exporters.get(id));
    }

    public synchronized Optional<ImporterDescriptor> importer(String id) {
        return Optional.ofNullable(importers.get(id));
    }
}
