package org.prozesswerk.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a test finds on disk after the product wrote: e.g. no temporary file left beside a saved one. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The names of the entries of {@code folder}, sorted. */
    public static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
