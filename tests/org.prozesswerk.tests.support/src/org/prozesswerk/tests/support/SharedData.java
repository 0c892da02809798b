package org.prozesswerk.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared test data ({@code shared/data}, see its README) that lives next to the checkout, not inside it:
 * {@code PROZESSWERK_SHARED_DATA} if set, else a {@code shared/data} folder in the working directory or any of its
 * parents (which covers {@code ../shared/data} beside the repository root).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared/data folder. */
    public static Path directory() {
        List<Path> tried = candidates();
        for (Path candidate : tried) {
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate.normalize();
            }
        }
        throw new AssertionError("shared test data not found; looked in " + tried
                + " (set PROZESSWERK_SHARED_DATA to the shared/data folder)");
    }

    /** A file below shared/data, e.g. {@code bpmn-miwg-reference/A.2.0.bpmn}. */
    public static Path file(String relative) {
        Path file = directory().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("shared test data " + relative + " missing in " + directory());
        }
        return file;
    }

    private static List<Path> candidates() {
        List<Path> tried = new ArrayList<>();
        String configured = System.getenv("PROZESSWERK_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            tried.add(Path.of(configured));
        }
        for (String start : new String[] { System.getProperty("prozesswerk.repository"),
                System.getProperty("user.dir") }) {
            if (start != null && !start.isBlank()) {
                for (Path dir = Path.of(start).toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                    tried.add(dir.resolve("shared/data"));
                }
            }
        }
        return tried;
    }
}
