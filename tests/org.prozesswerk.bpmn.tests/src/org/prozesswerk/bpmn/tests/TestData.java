package org.prozesswerk.bpmn.tests;

import org.prozesswerk.tests.support.RealData;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real public data of the test-support bundle ({@link RealData}, sources and licences in its data/README.md) and
 * this bundle's own resources.
 */
public final class TestData {

    private TestData() {
    }

    /** A file of the real data, e.g. {@code bpmn-miwg-reference/A.1.0.bpmn}. */
    public static Path realData(String relative) {
        return RealData.file(relative);
    }

    /** The 21 MIWG reference models, sorted by name. */
    public static List<Path> miwgReferenceModels() {
        return RealData.files("bpmn-miwg-reference", ".bpmn");
    }

    /** The ADONIS NP export of FIM-Stammprozess 99006028261000. */
    public static Path adonisExport() {
        return RealData.file("xprozess-fim/99006028261000_embedded_BPMN_DI-Export.bpmn");
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
