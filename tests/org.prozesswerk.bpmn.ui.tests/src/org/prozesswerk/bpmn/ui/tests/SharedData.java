package org.prozesswerk.bpmn.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared test data (shared/data, see its README) that lives next to the checkouts, not inside them:
 * PROZESSWERK_SHARED_DATA if set, else a {@code shared/data} folder in the repository root or any of its parents.
 */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        List<Path> tried = new ArrayList<>();
        String configured = System.getenv("PROZESSWERK_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            tried.add(Path.of(configured));
        }
        for (String start : new String[] { System.getProperty("prozesswerk.repository"),
                System.getProperty("user.dir") }) {
            if (start == null || start.isBlank()) {
                continue;
            }
            for (Path dir = Path.of(start).toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                tried.add(dir.resolve("shared/data"));
            }
        }
        for (Path candidate : tried) {
            Path file = candidate.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new AssertionError("shared test data " + relative + " not found; looked in " + tried
                + " (set PROZESSWERK_SHARED_DATA to the shared/data folder)");
    }
}
