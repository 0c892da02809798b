package org.prozesswerk.exchange.office;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.prozesswerk.io.AtomicFileWriter;

/**
 * Which column of an imported table fills which field of a Steckbrief. Without entries, the headers written by our
 * exporters and the usual headers of municipal lists ("Amt", "LeiKa-Schlüssel", "Rechtsgrundlage", …; see
 * {@link ProfileColumn#aliases()}) are recognised. Entries override that, or ignore a column on purpose.
 *
 * <p>Saved as a small UTF-8 properties file, one line per header, sorted, so that it can be kept next to the
 * spreadsheet and reused for next year's list:
 *
 * <pre>
 * # Prozesswerk column mapping: header = column id (see docs/exchange.md) or IGNORE
 * Amt\ /\ Stelle=RESPONSIBLE_UNIT
 * Bemerkung=IGNORE
 * </pre>
 */
public final class ColumnMapping {

    /** The value that ignores a column. */
    public static final String IGNORE = "IGNORE";

    private final Map<String, String> entries;

    private ColumnMapping(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The mapping that recognises our own headers and the usual aliases. */
    public static ColumnMapping defaults() {
        return new ColumnMapping(Map.of());
    }

    /** A copy in which {@code header} maps to {@code column}. */
    public ColumnMapping with(String header, ProfileColumn column) {
        return put(header, column.name());
    }

    /** A copy in which {@code header} is ignored. */
    public ColumnMapping ignore(String header) {
        return put(header, IGNORE);
    }

    private ColumnMapping put(String header, String value) {
        TreeMap<String, String> copy = new TreeMap<>(entries);
        copy.put(header.strip(), value);
        return new ColumnMapping(copy);
    }

    /** The explicit entries (header → column id or {@link #IGNORE}), sorted by header. */
    public Map<String, String> entries() {
        return entries;
    }

    /**
     * The column a header fills: an explicit entry first (compared like {@link ProfileColumn#normalise}), then our own
     * header, then an alias. Empty for unknown and ignored headers.
     */
    public Optional<ProfileColumn> columnFor(String header) {
        String wanted = ProfileColumn.normalise(header);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (ProfileColumn.normalise(entry.getKey()).equals(wanted)) {
                return IGNORE.equals(entry.getValue()) ? Optional.empty()
                        : Optional.of(ProfileColumn.valueOf(entry.getValue()));
            }
        }
        for (ProfileColumn column : ProfileColumn.values()) {
            if (ProfileColumn.normalise(column.header()).equals(wanted)) {
                return Optional.of(column);
            }
        }
        for (ProfileColumn column : ProfileColumn.values()) {
            if (column.aliases().contains(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Whether the header is ignored by an explicit entry. */
    public boolean isIgnored(String header) {
        String wanted = ProfileColumn.normalise(header);
        return entries.entrySet().stream()
                .anyMatch(e -> ProfileColumn.normalise(e.getKey()).equals(wanted) && IGNORE.equals(e.getValue()));
    }

    /**
     * Reads a mapping file.
     *
     * @throws IllegalArgumentException if a value is neither a {@link ProfileColumn} name nor {@link #IGNORE}
     */
    public static ColumnMapping load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        TreeMap<String, String> entries = new TreeMap<>();
        for (String header : properties.stringPropertyNames()) {
            String value = properties.getProperty(header).strip().toUpperCase(Locale.ROOT);
            if (!IGNORE.equals(value)) {
                try {
                    ProfileColumn.valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + header + "=" + value
                            + ": not a column id (one of " + java.util.Arrays.toString(ProfileColumn.values())
                            + " or IGNORE)", e);
                }
            }
            entries.put(header.strip(), value);
        }
        return new ColumnMapping(entries);
    }

    /** Writes the mapping file, sorted and without a date, so that saving twice gives the same bytes. */
    public void save(Path file) throws IOException {
        StringBuilder text = new StringBuilder(
                "# Prozesswerk column mapping: header = column id (see docs/exchange.md) or IGNORE\n");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            text.append(escape(entry.getKey())).append('=').append(entry.getValue()).append('\n');
        }
        AtomicFileWriter.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String key) {
        StringBuilder text = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == ' ' || c == '=' || c == ':' || c == '#' || c == '!' || c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
