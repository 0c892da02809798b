package org.prozesswerk.exchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXPORTERS)) {
            if ("exporter".equals(element.getName())) {
                ExporterDescriptor descriptor = exporter(element);
                if (descriptor != null && !registry.register(descriptor)) {
                    log(NLS.bind(Messages.Registry_DuplicateId,
                            new Object[] { contributor(element), "exporter", descriptor.id() }));
                }
            }
        }
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(IMPORTERS)) {
            if ("importer".equals(element.getName())) {
                ImporterDescriptor descriptor = importer(element);
                if (descriptor != null && !registry.register(descriptor)) {
                    log(NLS.bind(Messages.Registry_DuplicateId,
                            new Object[] { contributor(element), "importer", descriptor.id() }));
                }
            }
        }
    }

    private static ExporterDescriptor exporter(IConfigurationElement element) {
        String id = element.getAttribute("id");
        String label = element.getAttribute("label");
        String extension = element.getAttribute("fileExtension");
        if (isBlank(id) || isBlank(label) || isBlank(extension) || isBlank(element.getAttribute("class"))) {
            bad(element, "exporter", id, "id, label, fileExtension and class are required");
            return null;
        }
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
        return new ExporterDescriptor(id, label, extension, scopes, options(element),
                () -> create(element, Exporter.class));
    }

    private static ImporterDescriptor importer(IConfigurationElement element) {
        String id = element.getAttribute("id");
        String label = element.getAttribute("label");
        String extensions = element.getAttribute("fileExtensions");
        if (isBlank(id) || isBlank(label) || isBlank(extensions) || isBlank(element.getAttribute("class"))) {
            bad(element, "importer", id, "id, label, fileExtensions and class are required");
            return null;
        }
        List<String> list = Arrays.stream(extensions.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new ImporterDescriptor(id, label, list, options(element), () -> create(element, Importer.class));
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
