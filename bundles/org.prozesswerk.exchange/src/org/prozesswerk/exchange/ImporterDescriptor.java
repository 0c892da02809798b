package org.prozesswerk.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A contributed importer.
 *
 * @param id             unique id, e.g. {@code xlsx}; the CLI's {@code --format}
 * @param label          user-facing name
 * @param fileExtensions extensions of the files it reads, without the dot
 * @param options        its options, in display order
 * @param factory        makes a new importer
 */
public record ImporterDescriptor(String id, String label, List<String> fileExtensions, List<OptionDescriptor> options,
        Supplier<Importer> factory) {

    public ImporterDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factory, "factory");
        label = label == null ? id : label;
        fileExtensions = List.copyOf(fileExtensions == null ? List.of() : fileExtensions);
        options = List.copyOf(options == null ? List.of() : options);
    }

    public Importer create() {
        return factory.get();
    }

    /** Whether the file name ends with one of {@link #fileExtensions()} (case-insensitive). */
    public boolean accepts(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileExtensions.stream().anyMatch(e -> lower.endsWith("." + e.toLowerCase(Locale.ROOT)));
    }

    /** The option with {@code optionId}, or {@code null}. */
    public OptionDescriptor option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
    }
}
