package org.prozesswerk.bpmn.tests;

import org.prozesswerk.tests.support.SharedData;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared real data ({@code ../shared/data} next to the repository root) and this bundle's own resources.
 * The tests run with the test bundle's folder as working directory; we walk up from there so that a worktree or a
 * checkout at any depth finds the data. {@code PROZESSWERK_SHARED_DATA} overrides the location.
 */
public final class TestData {

    private TestData() {
    }

    public static Path sharedData() {
        return SharedData.directory();
    }

    /** The 21 MIWG reference models, sorted by name. */
    public static List<Path> miwgReferenceModels() {
        Path dir = sharedData().resolve("bpmn-miwg-reference");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            return fail("cannot list " + dir + ": " + e);
        }
    }

    /** The ADONIS NP export of FIM-Stammprozess 99006028261000. */
    public static Path adonisExport() {
        return requireFile(sharedData().resolve("xprozess-fim/99006028261000_embedded_BPMN_DI-Export.bpmn"));
    }

    /** A file of this bundle's resources/ folder. */
    public static Path resource(String name) {
        return requireFile(Path.of("resources").toAbsolutePath().resolve(name));
    }

    public static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            fail("test data missing: " + file.toAbsolutePath());
        }
        return file;
    }
}
