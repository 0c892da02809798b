package org.prozesswerk.diagram.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.prozesswerk.diagram.RefreshDiagramAction;
import org.prozesswerk.diagram.RegisterModelState;

import com.google.inject.Inject;

/** Rebuilds the diagram after a change made outside it and sends the update. */
public class RefreshDiagramActionHandler extends AbstractActionHandler<RefreshDiagramAction> {

    @Inject
    protected ModelSubmissionHandler submissionHandler;

    @Inject
    protected RegisterModelState modelState;

    @Override
    protected List<Action> executeAction(RefreshDiagramAction action) {
        if (!modelState.hasSource() || modelState.getRoot() == null) {
            return none();
        }
        return submissionHandler.submitModel(SetDirtyStateAction.Reason.OPERATION);
    }
}
