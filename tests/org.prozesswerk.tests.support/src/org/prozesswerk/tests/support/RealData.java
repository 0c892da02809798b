package org.prozesswerk.tests.support;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The real public test data shipped in this bundle's {@code data/} folder (sources and licences in its README), as
 * files on disk: tests copy them, parse them by path or hand them to the command line.
 */
public final class RealData {

    private RealData() {
    }

    /** A file below data/, e.g. {@code bpmn-miwg-reference/A.2.0.bpmn}. */
    public static Path file(String relative) {
        Path file = locate(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("test data data/" + relative + " is not a file: " + file);
        }
        return file;
    }

    /** The files of a folder below data/ whose names end with {@code suffix}, sorted by name. */
    public static List<Path> files(String folder, String suffix) {
        Path dir = locate(folder + "/");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list test data " + dir + ": " + e, e);
        }
    }

    private static Path locate(String relative) {
        Bundle bundle = FrameworkUtil.getBundle(RealData.class);
        URL entry = bundle == null ? null : bundle.getEntry("data/" + relative);
        if (entry == null) {
            throw new AssertionError("test data data/" + relative + " missing in bundle org.prozesswerk.tests.support");
        }
        try {
            // a packed bundle is extracted once into the OSGi cache; an unpacked one is used in place
            return Path.of(FileLocator.toFileURL(entry).getPath());
        } catch (IOException e) {
            throw new AssertionError("cannot reach test data data/" + relative + ": " + e, e);
        }
    }
}
