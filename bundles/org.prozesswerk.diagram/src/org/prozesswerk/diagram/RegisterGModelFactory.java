package org.prozesswerk.diagram;

import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.prozesswerk.diagram.internal.DiagramOptions;

import com.google.inject.Inject;

/**
 * Builds a register diagram: {@link #build} reads the register on the model thread into a GModel, then
 * {@link #layout} places it on the GLSP thread, so a large layout does not block the workbench.
 */
public abstract class RegisterGModelFactory implements GModelFactory {

    @Inject
    protected RegisterModelState modelState;

    @Override
    public void createGModel() {
        DiagramSource source = modelState.getSource();
        DiagramOptions options = modelState.getProperty(DiagramOptions.KEY, DiagramOptions.class)
                .orElseGet(() -> new DiagramOptions(null));
        String diagramType = diagramType();
        Map<String, GPoint> manual = new java.util.HashMap<>();
        GGraph graph = source.access().call(() -> {
            manual.putAll(DiagramLayout.manualPositions(source.notation(), diagramType));
            return build(source, options::get);
        });
        layout(graph, manual);
        modelState.updateRoot(graph);
    }

    /** Reads the register into a GModel with node sizes; runs on the model thread. */
    protected abstract GGraph build(DiagramSource source, Options options);

    /** Positions the nodes (ELK, then the {@code manual} positions by id); runs on the GLSP thread. */
    protected abstract void layout(GGraph graph, Map<String, GPoint> manual);

    /** The diagram type, also the notation diagram's key. */
    protected abstract String diagramType();

    /** View options of the session: {@code get(key, fallback)}. */
    @FunctionalInterface
    public interface Options {
        String get(String key, String fallback);
    }
}
