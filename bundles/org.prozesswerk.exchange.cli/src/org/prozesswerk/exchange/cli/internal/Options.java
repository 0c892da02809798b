package org.prozesswerk.exchange.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.exchange.OptionDescriptor;

/** Turns {@code --option id=value} arguments into an option map, checked against the format's descriptors. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(List<String> arguments, List<OptionDescriptor> descriptors, String format) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new CliInputException(NLS.bind(Messages.Option_Syntax, argument));
            }
            String id = argument.substring(0, equals);
            String value = argument.substring(equals + 1);
            OptionDescriptor descriptor = descriptors.stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow(() -> new CliInputException(NLS.bind(Messages.Option_Unknown, new Object[] { id,
                            format, descriptors.stream().map(OptionDescriptor::id).collect(Collectors.joining(", ")) })));
            if (!descriptor.accepts(value)) {
                throw new CliInputException(NLS.bind(Messages.Option_BadValue, new Object[] { id, value,
                        descriptor.type() == OptionDescriptor.Type.BOOLEAN ? "true, false"
                                : String.join(" ", descriptor.choices()) }));
            }
            options.put(id, value);
        }
        return options;
    }

    /** The error for a {@code --format} no contribution has, listing the ids there are. */
    static CliInputException unknownFormat(String format, Stream<String> ids) {
        return new CliInputException(NLS.bind(Messages.Format_Unknown, format, ids.collect(Collectors.joining(", "))));
    }
}
