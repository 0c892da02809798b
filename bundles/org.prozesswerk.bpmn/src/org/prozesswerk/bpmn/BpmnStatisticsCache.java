package org.prozesswerk.bpmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statistics of BPMN files, parsed once per file version (path, size, modification time). Views that list
 * many Steckbriefe' models read from here instead of parsing files again; the BPMN editor refreshes an entry on
 * every save.
 */
public final class BpmnStatisticsCache {

    private record Version(long size, long modified) {
    }

    private record Entry(Version version, BpmnStatistics statistics, String error) {
    }

    private static final Map<Path, Entry> ENTRIES = new ConcurrentHashMap<>();

    private BpmnStatisticsCache() {
    }

    /** The statistics of {@code file}, parsed now if the file is new or changed since the last parse. */
    public static BpmnStatistics get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Version version = version(key);
        Entry entry = ENTRIES.get(key);
        if (entry == null || !entry.version().equals(version)) {
            entry = parse(key, version);
            ENTRIES.put(key, entry);
        }
        if (entry.error() != null) {
            throw new IOException(entry.error());
        }
        return entry.statistics();
    }

    /** Parses {@code file} again (after a save) and returns its statistics. */
    public static BpmnStatistics refresh(Path file) throws IOException {
        ENTRIES.remove(file.toAbsolutePath().normalize());
        return get(file);
    }

    private static Entry parse(Path file, Version version) {
        try {
            return new Entry(version, BpmnIO.load(file).statistics(), null);
        } catch (IOException e) {
            return new Entry(version, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static Version version(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Version(attributes.size(), attributes.lastModifiedTime().toMillis());
    }
}
