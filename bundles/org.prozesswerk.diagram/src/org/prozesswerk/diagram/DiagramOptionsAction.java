package org.prozesswerk.diagram;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.glsp.server.actions.Action;

/**
 * View options of a diagram session, sent by the editor through the client (e.g. the Prozesslandkarte's colouring
 * and org unit filter). They are kept in the model state and the diagram is rebuilt.
 */
public class DiagramOptionsAction extends Action {

    public static final String KIND = "pwDiagramOptions";

    private Map<String, String> options = new HashMap<>();

    public DiagramOptionsAction() {
        super(KIND);
    }

    public DiagramOptionsAction(Map<String, String> options) {
        this();
        this.options = new HashMap<>(options);
    }

    public Map<String, String> getOptions() {
        return options == null ? Map.of() : options;
    }
}
