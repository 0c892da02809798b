package org.prozesswerk.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.glsp.server.di.DiagramModule;

/**
 * The diagram types contributed to {@value #EXTENSION_POINT}: ours (Organigramm, Prozesslandkarte) and any a state
 * adds over the same register model. Each names a GLSP {@link DiagramModule}, usually a subclass of
 * {@link RegisterDiagramModule}.
 */
public final class DiagramTypes {

    public static final String EXTENSION_POINT = "org.prozesswerk.diagram.diagramTypes";

    /** One contributed diagram type; {@link #createModule()} makes a fresh module for a new server. */
    public record Descriptor(String id, String name, int order, IConfigurationElement element) {

        public DiagramModule createModule() throws CoreException {
            Object module = element.createExecutableExtension("module");
            if (!(module instanceof DiagramModule diagramModule)) {
                throw new IllegalStateException(module.getClass() + " is not a GLSP DiagramModule");
            }
            if (!id.equals(diagramModule.getDiagramType())) {
                throw new IllegalStateException("Diagram type '" + id + "' names a module for '"
                        + diagramModule.getDiagramType() + "'");
            }
            return diagramModule;
        }
    }

    private DiagramTypes() {
    }

    /** All contributed diagram types, by {@code order}, then id. Empty outside OSGi. */
    public static List<Descriptor> all() {
        List<Descriptor> result = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return result;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"diagramType".equals(element.getName())) {
                continue;
            }
            try {
                String order = element.getAttribute("order");
                result.add(new Descriptor(element.getAttribute("id"), element.getAttribute("name"),
                        order == null ? 100 : Integer.parseInt(order.trim()), element));
            } catch (RuntimeException e) {
                ILog.of(DiagramTypes.class).error("Ignoring diagram type of " + element.getContributor().getName(), e);
            }
        }
        result.sort(Comparator.comparingInt(Descriptor::order).thenComparing(Descriptor::id));
        return result;
    }

    public static Optional<Descriptor> get(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
