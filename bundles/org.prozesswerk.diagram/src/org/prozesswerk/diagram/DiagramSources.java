package org.prozesswerk.diagram;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registers diagram sessions may show, by source URI. The GLSP client names a source URI when it requests its
 * model; only a source published here by the workbench (or a test) can be opened, so the client cannot make the
 * server read arbitrary files.
 */
public final class DiagramSources {

    private static final Map<String, DiagramSource> SOURCES = new ConcurrentHashMap<>();

    private DiagramSources() {
    }

    /** Publishes {@code source} under {@link DiagramSource#sourceUri()} and returns that URI. */
    public static String publish(DiagramSource source) {
        String uri = source.sourceUri();
        SOURCES.put(uri, source);
        return uri;
    }

    public static Optional<DiagramSource> get(String sourceUri) {
        return Optional.ofNullable(sourceUri == null ? null : SOURCES.get(sourceUri));
    }

    /** Withdraws the source if it is still the one published under its URI. */
    public static void withdraw(DiagramSource source) {
        SOURCES.remove(source.sourceUri(), source);
    }
}
