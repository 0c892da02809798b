package org.prozesswerk.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A contributed exporter: what the extension point declares, and how to make one.
 *
 * @param id            unique id, e.g. {@code csv}; the CLI's {@code --format}
 * @param label         user-facing name, e.g. "CSV (Excel)"
 * @param fileExtension extension of the files it writes, without the dot, e.g. {@code csv}
 * @param scopes        what it can export
 * @param options       its options, in display order
 * @param factory       makes a new exporter
 */
public record ExporterDescriptor(String id, String label, String fileExtension, Set<Scope> scopes,
        List<OptionDescriptor> options, Supplier<Exporter> factory) {

    public ExporterDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factory, "factory");
        label = label == null ? id : label;
        fileExtension = fileExtension == null ? "" : fileExtension;
        scopes = Set.copyOf(scopes == null || scopes.isEmpty() ? Set.of(Scope.REGISTER) : scopes);
        options = List.copyOf(options == null ? List.of() : options);
    }

    public Exporter create() {
        return factory.get();
    }

    public boolean supports(Scope scope) {
        return scopes.contains(scope);
    }

    /** The option with {@code optionId}, or {@code null}. */
    public OptionDescriptor option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
    }
}
