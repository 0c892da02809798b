package org.prozesswerk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.Messages;
import org.prozesswerk.catalog.internal.SearchIndex;

/**
 * A catalogue: its identity and, loaded on first access, its entries with their hierarchy and search index.
 * Thread-safe; the metadata never triggers loading, so catalogues can be listed cheaply.
 */
public final class Catalogue {

    private final String id;
    private final String name;
    private final String version;
    private final String publisher;
    private final KeyValidator keyValidator;
    private final Supplier<LoadResult> loader;
    private volatile Content content;

    /**
     * A catalogue whose entries are loaded lazily by {@code loader}, at most once.
     */
    public Catalogue(String id, String name, String version, String publisher, KeyValidator keyValidator,
            Supplier<LoadResult> loader) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.version = version == null ? "" : version;
        this.publisher = publisher == null ? "" : publisher;
        this.keyValidator = keyValidator == null ? KeyValidator.ANY : keyValidator;
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** A catalogue from entries already at hand. */
    public static Catalogue of(String id, String name, String version, String publisher, KeyValidator keyValidator,
            LoadResult entries) {
        return new Catalogue(id, name, version, publisher, keyValidator, () -> entries);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String publisher() {
        return publisher;
    }

    /** Whether the entries have been loaded yet. */
    public boolean isLoaded() {
        return content != null;
    }

    /** All entries in source order. */
    public List<CatalogueEntry> entries() {
        return content().entries;
    }

    /** Problems found while loading, including those the catalogue itself found (duplicate keys, bad parents). */
    public List<LoadProblem> problems() {
        return content().problems;
    }

    public Optional<CatalogueEntry> entry(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(content().byKey.get(key));
    }

    /**
     * Whether the catalogue has an entry with exactly this key: {@code entry(key).isPresent()} without the
     * {@code Optional}. Every key in the catalogue passed the key check when it was loaded, so a key that is
     * contained is also well-formed.
     */
    public boolean contains(String key) {
        return key != null && content().byKey.containsKey(key);
    }

    /** The direct children of {@code key} in source order; empty for an unknown key. */
    public List<CatalogueEntry> children(String key) {
        return content().children.getOrDefault(key, List.of());
    }

    /** The entries without parent, in source order. */
    public List<CatalogueEntry> roots() {
        return content().roots;
    }

    /** The parent chain from the root down to (excluding) the entry. */
    public List<CatalogueEntry> ancestors(String key) {
        List<CatalogueEntry> result = new ArrayList<>();
        CatalogueEntry current = content().byKey.get(key);
        while (current != null && current.parentKey() != null && result.size() < 64) {
            current = content().byKey.get(current.parentKey());
            if (current != null) {
                result.add(0, current);
            }
        }
        return result;
    }

    /** Checks the key's format only; see {@link #entry(String)} for whether it exists. */
    public Optional<String> validateKey(String key) {
        return keyValidator.validate(key);
    }

    /**
     * Entries whose label contains all words of {@code text}, best first: whole words before word starts before
     * parts of compound words ("genehmigung" finds "Abbruchgenehmigung"); umlauts and case do not matter.
     */
    public List<CatalogueEntry> search(String text, int limit) {
        return content().index.search(text, limit);
    }

    /** Entries whose key starts with {@code prefix}, in key order. */
    public List<CatalogueEntry> searchKeyPrefix(String prefix, int limit) {
        return content().index.keyPrefix(prefix, limit);
    }

    /** Loads the entries now, if not yet done. */
    public Catalogue load() {
        content();
        return this;
    }

    private Content content() {
        Content result = content;
        if (result == null) {
            synchronized (this) {
                result = content;
                if (result == null) {
                    result = build();
                    content = result;
                }
            }
        }
        return result;
    }

    private Content build() {
        LoadResult raw;
        try {
            raw = loader.get();
        } catch (RuntimeException e) {
            raw = new LoadResult(List.of(), List.of(LoadProblem.error(id, 0,
                    NLS.bind(Messages.loadFailed, id, String.valueOf(e)))));
        }
        return new Content(id, raw, keyValidator);
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + name + ")";
    }

    /** The loaded state; immutable once built. */
    private static final class Content {
        final List<CatalogueEntry> entries;
        final List<LoadProblem> problems;
        final Map<String, CatalogueEntry> byKey;
        final Map<String, List<CatalogueEntry>> children;
        final List<CatalogueEntry> roots;
        final SearchIndex index;

        Content(String id, LoadResult raw, KeyValidator validator) {
            List<LoadProblem> found = new ArrayList<>(raw.problems());
            Map<String, CatalogueEntry> keys = new LinkedHashMap<>(raw.entries().size() * 2);
            // A safety net for loaders that do not check themselves; theirs carry line numbers, these cannot.
            for (CatalogueEntry entry : raw.entries()) {
                Optional<String> invalid = validator.validate(entry.key());
                if (invalid.isPresent()) {
                    found.add(LoadProblem.error(id, 0, invalid.get()));
                } else if (keys.putIfAbsent(entry.key(), entry) != null) {
                    found.add(LoadProblem.error(id, 0, NLS.bind(Messages.duplicateKey, entry.key())));
                }
            }
            List<CatalogueEntry> all = new ArrayList<>(keys.size());
            Map<String, List<CatalogueEntry>> kids = new HashMap<>();
            List<CatalogueEntry> top = new ArrayList<>();
            for (CatalogueEntry entry : keys.values()) {
                String parent = entry.parentKey();
                if (parent != null && (parent.equals(entry.key()) || !keys.containsKey(parent))) {
                    found.add(LoadProblem.warning(id, 0, NLS.bind(Messages.unknownParent, entry.key(), parent)));
                    entry = entry.withParentKey(null);
                    keys.put(entry.key(), entry);
                    parent = null;
                }
                all.add(entry);
                if (parent == null) {
                    top.add(entry);
                } else {
                    kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(entry);
                }
            }
            kids.replaceAll((k, v) -> List.copyOf(v));
            entries = Collections.unmodifiableList(all);
            problems = List.copyOf(found);
            byKey = keys;
            children = kids;
            roots = List.copyOf(top);
            index = new SearchIndex(all);
        }
    }
}
