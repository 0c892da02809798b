package org.prozesswerk.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.ExtensionCatalogues;
import org.prozesswerk.catalog.internal.Messages;
import org.prozesswerk.model.CatalogueReference;

/**
 * All catalogues known to the application: those contributed to {@code org.prozesswerk.catalog.catalogues} and
 * those added at run time (e.g. a CSV the user imported, see {@link CatalogueImporter}). Catalogues load lazily, on
 * first access to their entries. Thread-safe.
 */
public final class CatalogueRegistry {

    /** The extension point through which bundles contribute catalogues. */
    public static final String EXTENSION_POINT = "org.prozesswerk.catalog.catalogues";

    private final Map<String, Catalogue> catalogues = new LinkedHashMap<>();
    private final Set<String> contributed = new HashSet<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** An empty registry, for tools and tests; the application uses {@link #getDefault()}. */
    public CatalogueRegistry() {
    }

    /**
     * Tells the listener whenever a catalogue is registered or unregistered at run time (called on the thread that
     * changed the registry, outside its lock).
     */
    public void addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /**
     * The application's registry, holding every contributed catalogue and the user's imported ones
     * ({@link UserCatalogues}), none loaded until used.
     */
    public static CatalogueRegistry getDefault() {
        return Default.REGISTRY;
    }

    /** Created on the first {@link #getDefault()}: the JVM initialises a class lazily, once, thread-safely. */
    private static final class Default {
        static final CatalogueRegistry REGISTRY = new CatalogueRegistry();

        static {
            ExtensionCatalogues.addContributions(REGISTRY);
            UserCatalogues.addTo(REGISTRY);
        }
    }

    /** All catalogues, by id. Does not load them. */
    public synchronized List<Catalogue> catalogues() {
        List<Catalogue> result = new ArrayList<>(catalogues.values());
        result.sort(Comparator.comparing(Catalogue::id));
        return result;
    }

    public synchronized Optional<Catalogue> catalogue(String id) {
        return Optional.ofNullable(id == null ? null : catalogues.get(id));
    }

    /**
     * Adds a catalogue at run time, replacing an earlier run-time catalogue of the same id (a re-import).
     *
     * @return the replaced catalogue, if any
     * @throws IllegalArgumentException if a contributed catalogue has that id: contributions cannot be shadowed
     */
    public Optional<Catalogue> register(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        Optional<Catalogue> replaced;
        synchronized (this) {
            if (contributed.contains(catalogue.id())) {
                throw new IllegalArgumentException(NLS.bind(Messages.duplicateCatalogue, catalogue.id(), "register"));
            }
            replaced = Optional.ofNullable(catalogues.put(catalogue.id(), catalogue));
        }
        fireChanged();
        return replaced;
    }

    /** Removes a catalogue added at run time; contributed catalogues stay. */
    public boolean unregister(String id) {
        boolean removed;
        synchronized (this) {
            removed = !contributed.contains(id) && catalogues.remove(id) != null;
        }
        if (removed) {
            fireChanged();
        }
        return removed;
    }

    /** Adds a contributed catalogue; the first contribution of an id wins. */
    public synchronized boolean addContribution(Catalogue catalogue) {
        if (catalogues.containsKey(catalogue.id())) {
            return false;
        }
        catalogues.put(catalogue.id(), catalogue);
        contributed.add(catalogue.id());
        return true;
    }

    /** Whether the catalogue came through the extension point (as opposed to {@link #register}). */
    public synchronized boolean isContributed(String id) {
        return contributed.contains(id);
    }

    /**
     * Resolves a reference. Never drops it: the result always carries the reference, with a status and a message
     * saying why it did not resolve.
     */
    public Resolution resolve(CatalogueReference reference) {
        Objects.requireNonNull(reference, "reference");
        String id = reference.getCatalogueId();
        String key = reference.getKey() == null ? null : reference.getKey().strip();
        Optional<Catalogue> catalogue = catalogue(id);
        if (catalogue.isEmpty()) {
            return new Resolution(reference, Resolution.Status.UNKNOWN_CATALOGUE, Optional.empty(),
                    Optional.of(NLS.bind(Messages.unknownCatalogue, id)), false);
        }
        Catalogue c = catalogue.get();
        String wantedVersion = reference.getCatalogueVersion();
        boolean versionDiffers = wantedVersion != null && !wantedVersion.isBlank()
                && !wantedVersion.equals(c.version());
        Optional<String> invalid = c.validateKey(key);
        if (invalid.isPresent()) {
            return new Resolution(reference, Resolution.Status.UNKNOWN_KEY, Optional.empty(), invalid,
                    versionDiffers);
        }
        Optional<CatalogueEntry> entry = c.entry(key);
        return entry.isPresent()
                ? new Resolution(reference, Resolution.Status.RESOLVED, entry, Optional.empty(), versionDiffers)
                : new Resolution(reference, Resolution.Status.UNKNOWN_KEY, Optional.empty(),
                        Optional.of(NLS.bind(Messages.unknownKey, id, key)), versionDiffers);
    }

    /**
     * Whether {@link #resolve} would say {@link Resolution#isResolved() resolved}, without building the resolution
     * and its messages: for checks over whole registers (the rule {@code ist auflösbar}). The key check need not run:
     * only keys that passed it are in a catalogue (see {@link Catalogue#contains}).
     */
    public boolean isResolved(CatalogueReference reference) {
        String id = reference.getCatalogueId();
        Catalogue catalogue;
        synchronized (this) {
            catalogue = id == null ? null : catalogues.get(id);
        }
        String key = reference.getKey();
        return catalogue != null && key != null && catalogue.contains(key.strip());
    }

    /** Resolves each reference; the result has the same size and order as the input. */
    public List<Resolution> resolveAll(Collection<? extends CatalogueReference> references) {
        List<Resolution> result = new ArrayList<>(references.size());
        for (CatalogueReference reference : references) {
            result.add(resolve(reference));
        }
        return result;
    }

    /** Searches labels of one catalogue by words; empty for an unknown catalogue. See {@link Catalogue#search}. */
    public List<CatalogueEntry> search(String catalogueId, String text, int limit) {
        return catalogue(catalogueId).map(c -> c.search(text, limit)).orElse(List.of());
    }

    /** Entries of one catalogue whose key starts with {@code prefix}; empty for an unknown catalogue. */
    public List<CatalogueEntry> searchKeyPrefix(String catalogueId, String prefix, int limit) {
        return catalogue(catalogueId).map(c -> c.searchKeyPrefix(prefix, limit)).orElse(List.of());
    }
}
