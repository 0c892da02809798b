package org.prozesswerk.exchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExporterDescriptor;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.exchange.OptionDescriptor;
import org.prozesswerk.exchange.Scope;

/** Reads the contributions to {@code org.prozesswerk.exchange.exporters} and {@code .importers}. */
public final class ExtensionReader {

    public static final String EXPORTERS = "org.prozesswerk.exchange.exporters";
    public static final String IMPORTERS = "org.prozesswerk.exchange.importers";
    private static final String PLUGIN_ID = "org.prozesswerk.exchange";

    private ExtensionReader() {
    }

    public static void read(IExtensionRegistry extensions, ExchangeRegistry registry) {
        read(extensions.getConfigurationElementsFor(EXPORTERS), "exporter", ExtensionReader::exporter,
                registry::register, ExporterDescriptor::id);
        read(extensions.getConfigurationElementsFor(IMPORTERS), "importer", ExtensionReader::importer,
                registry::register, ImporterDescriptor::id);
    }

    /** Registers the descriptor of each {@code kind} element that is complete; logs a duplicate id. */
    private static <D> void read(IConfigurationElement[] elements, String kind,
            Function<IConfigurationElement, D> descriptorOf, Predicate<D> register, Function<D, String> id) {
        for (IConfigurationElement element : elements) {
            if (kind.equals(element.getName())) {
                D descriptor;
                try {
                    descriptor = descriptorOf.apply(element);
                } catch (RuntimeException e) { // e.g. an option of an unknown type: skipped like any bad contribution
                    bad(element, kind, element.getAttribute("id"), String.valueOf(e.getMessage()));
                    continue;
                }
                if (descriptor != null && !register.test(descriptor)) {
                    log(NLS.bind(Messages.Registry_DuplicateId,
                            new Object[] { contributor(element), kind, id.apply(descriptor) }));
                }
            }
        }
    }

    /** Whether id, label, the file extension attribute and class are given; if not, the contribution is logged. */
    private static boolean complete(IConfigurationElement element, String kind, String extensionAttribute) {
        if (isBlank(element.getAttribute("id")) || isBlank(element.getAttribute("label"))
                || isBlank(element.getAttribute(extensionAttribute)) || isBlank(element.getAttribute("class"))) {
            bad(element, kind, element.getAttribute("id"),
                    "id, label, " + extensionAttribute + " and class are required");
            return false;
        }
        return true;
    }

    private static ExporterDescriptor exporter(IConfigurationElement element) {
        if (!complete(element, "exporter", "fileExtension")) {
            return null;
        }
        String id = element.getAttribute("id");
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        String scopeList = element.getAttribute("scopes");
        for (String scope : (isBlank(scopeList) ? "register" : scopeList).split("[,\\s]+")) {
            try {
                scopes.add(Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                bad(element, "exporter", id, "unknown scope '" + scope + "'");
                return null;
            }
        }
        return new ExporterDescriptor(id, element.getAttribute("label"), element.getAttribute("fileExtension"),
                scopes, options(element), () -> create(element, Exporter.class));
    }

    private static ImporterDescriptor importer(IConfigurationElement element) {
        if (!complete(element, "importer", "fileExtensions")) {
            return null;
        }
        List<String> list = Arrays.stream(element.getAttribute("fileExtensions").split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        return new ImporterDescriptor(element.getAttribute("id"), element.getAttribute("label"), list,
                options(element), () -> create(element, Importer.class));
    }

    private static List<OptionDescriptor> options(IConfigurationElement element) {
        List<OptionDescriptor> options = new ArrayList<>();
        for (IConfigurationElement option : element.getChildren("option")) {
            String type = option.getAttribute("type");
            String choices = option.getAttribute("choices");
            options.add(new OptionDescriptor(option.getAttribute("id"), option.getAttribute("label"),
                    isBlank(type) ? OptionDescriptor.Type.STRING
                            : OptionDescriptor.Type.valueOf(type.strip().toUpperCase(Locale.ROOT)),
                    option.getAttribute("default"),
                    isBlank(choices) ? List.of() : Arrays.stream(choices.strip().split("\\s+")).toList()));
        }
        return options;
    }

    private static <T> T create(IConfigurationElement element, Class<T> type) {
        try {
            return type.cast(element.createExecutableExtension("class"));
        } catch (CoreException e) {
            throw new IllegalStateException(e.getStatus().getMessage(), e);
        }
    }

    private static void bad(IConfigurationElement element, String kind, String id, String why) {
        log(NLS.bind(Messages.Registry_BadContribution, new Object[] { contributor(element), kind, id, why }));
    }

    private static String contributor(IConfigurationElement element) {
        return element.getContributor().getName();
    }

    private static void log(String message) {
        ILog.of(ExtensionReader.class).log(Status.error(message));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
