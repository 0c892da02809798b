package org.prozesswerk.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;

/**
 * Register diagrams are laid out on the server (ELK) with fixed node sizes, so the client renders what it gets:
 * no bounds round trip, no client layout, the same picture in the browser, in tests and in exports.
 */
public abstract class RegisterDiagramConfiguration extends BaseDiagramConfiguration {

    private final List<String> nodeTypes;
    private final List<String> labelTypes;
    private final List<String> edgeTypes;

    /** The diagram's own GModel types besides GLSP's defaults: nodes, labels and edges. */
    protected RegisterDiagramConfiguration(List<String> nodeTypes, List<String> labelTypes, List<String> edgeTypes) {
        this.nodeTypes = List.copyOf(nodeTypes);
        this.labelTypes = List.copyOf(labelTypes);
        this.edgeTypes = List.copyOf(edgeTypes);
    }

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
        nodeTypes.forEach(type -> mappings.put(type, GraphPackage.Literals.GNODE));
        labelTypes.forEach(type -> mappings.put(type, GraphPackage.Literals.GLABEL));
        edgeTypes.forEach(type -> mappings.put(type, GraphPackage.Literals.GEDGE));
        return mappings;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.NONE;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
