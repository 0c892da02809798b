package org.prozesswerk.ui.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.prozesswerk.ui.search.FilterSpec;

/** Named filters in the workspace preferences (instance scope), node {@code org.prozesswerk.ui.search/filters}. */
public final class SavedFilters {

    private static final String QUALIFIER = "org.prozesswerk.ui.search"; //$NON-NLS-1$
    private static final String NODE = "filters"; //$NON-NLS-1$

    private SavedFilters() {
    }

    private static org.osgi.service.prefs.Preferences node() {
        IEclipsePreferences root = InstanceScope.INSTANCE.getNode(QUALIFIER);
        return root.node(NODE);
    }

    /** The names of the saved filters, sorted. */
    public static List<String> names() {
        try {
            List<String> names = new ArrayList<>(List.of(node().keys()));
            names.sort(String.CASE_INSENSITIVE_ORDER);
            return names;
        } catch (BackingStoreException e) {
            ILog.of(SavedFilters.class).error(e.getMessage(), e);
            return List.of();
        }
    }

    public static Optional<FilterSpec> get(String name) {
        String value = node().get(name, null);
        return value == null ? Optional.empty() : Optional.of(FilterSpec.decode(value));
    }

    public static void put(String name, FilterSpec filter) {
        node().put(name, filter.encode());
        flush();
    }

    public static void remove(String name) {
        node().remove(name);
        flush();
    }

    private static void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            ILog.of(SavedFilters.class).error(e.getMessage(), e);
        }
    }
}
