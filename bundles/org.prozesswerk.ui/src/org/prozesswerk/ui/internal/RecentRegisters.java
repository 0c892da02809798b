package org.prozesswerk.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The most recently opened register files, kept in the workspace preferences (newest first). */
public final class RecentRegisters {

    private static final String NODE = "org.prozesswerk.ui";
    private static final String KEY = "recentRegisters";
    private static final int MAX = 10;

    private RecentRegisters() {
    }

    public static List<Path> list() {
        String stored = preferences().get(KEY, "");
        List<Path> result = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (!line.isBlank()) {
                result.add(Path.of(line));
            }
        }
        return result;
    }

    public static void remember(Path file) {
        List<Path> recent = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > MAX) {
            recent.remove(recent.size() - 1);
        }
        IEclipsePreferences preferences = preferences();
        preferences.put(KEY, String.join("\n", recent.stream().map(Path::toString).toList()));
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience; losing it must not stop opening the register
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
