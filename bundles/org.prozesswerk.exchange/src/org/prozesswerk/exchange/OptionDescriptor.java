package org.prozesswerk.exchange;

import java.util.List;
import java.util.Objects;

/**
 * An option of an exporter or importer, e.g. the CSV separator. Values are strings; the CLI passes them as
 * {@code --option id=value}, the wizards show a field per option.
 *
 * @param id           the key in {@link ExportRequest#options()} / {@link ImportRequest#options()}
 * @param label        the user-facing label (translated by the contribution's {@code plugin.properties})
 * @param type         how the value is edited
 * @param defaultValue the value used when none is given, never {@code null}
 * @param choices      the allowed values of a {@link Type#CHOICE} option, else empty
 */
public record OptionDescriptor(String id, String label, Type type, String defaultValue, List<String> choices) {

    /** How an option's value is edited and checked. */
    public enum Type {
        /** Free text. */
        STRING,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of {@link OptionDescriptor#choices()}. */
        CHOICE
    }

    public OptionDescriptor {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        type = type == null ? Type.STRING : type;
        defaultValue = defaultValue == null ? "" : defaultValue;
        choices = List.copyOf(choices == null ? List.of() : choices);
    }

    /** Whether {@code value} is acceptable for this option. */
    public boolean accepts(String value) {
        return switch (type) {
            case STRING -> value != null;
            case BOOLEAN -> "true".equals(value) || "false".equals(value);
            case CHOICE -> choices.contains(value);
        };
    }
}
