package org.prozesswerk.diagram;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the register changed outside this diagram (navigator, editor, undo), rebuild and send. */
public class RefreshDiagramAction extends Action {

    public static final String KIND = "pwRefreshDiagram";

    public RefreshDiagramAction() {
        super(KIND);
    }
}
