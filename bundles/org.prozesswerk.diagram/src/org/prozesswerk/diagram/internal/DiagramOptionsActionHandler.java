package org.prozesswerk.diagram.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.prozesswerk.diagram.DiagramOptionsAction;
import org.prozesswerk.diagram.RegisterModelState;

import com.google.inject.Inject;

/** Takes new view options and sends the rebuilt diagram. */
public class DiagramOptionsActionHandler extends AbstractActionHandler<DiagramOptionsAction> {

    @Inject
    protected ModelSubmissionHandler submissionHandler;

    @Inject
    protected RegisterModelState modelState;

    @Override
    protected List<Action> executeAction(DiagramOptionsAction action) {
        modelState.getProperty(DiagramOptions.KEY, DiagramOptions.class)
                .ifPresentOrElse(options -> options.putAll(action.getOptions()),
                        () -> modelState.setProperty(DiagramOptions.KEY, new DiagramOptions(action.getOptions())));
        if (!modelState.hasSource() || modelState.getRoot() == null) {
            return none();
        }
        return submissionHandler.submitModel();
    }
}
