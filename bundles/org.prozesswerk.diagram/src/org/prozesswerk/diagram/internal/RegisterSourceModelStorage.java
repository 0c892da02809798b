package org.prozesswerk.diagram.internal;

import java.io.IOException;
import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.diagram.RefreshDiagramAction;
import org.prozesswerk.diagram.RegisterModelState;

import com.google.inject.Inject;

/**
 * "Loads" a register diagram: looks up the register published under the client's {@code sourceUri} and listens to
 * its command stack, so changes made elsewhere (navigator, Steckbrief editor, Properties, undo) reach the client.
 */
public class RegisterSourceModelStorage implements SourceModelStorage {

    @Inject
    protected RegisterModelState modelState;

    @Inject
    protected ActionDispatcher actionDispatcher;

    @Inject
    protected ClientSessionManager sessionManager;

    @Inject
    @ClientId
    protected String clientId;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String uri = action.getOptions().get("sourceUri");
        DiagramSource source = DiagramSources.get(uri)
                .orElseThrow(() -> new GLSPServerException("No open register for " + uri));
        modelState.setSource(source);
        modelState.setProperty(DiagramOptions.KEY, new DiagramOptions(action.getOptions()));
        CommandStackListener listener = (EventObject event) -> {
            if (!modelState.isExecuting()) {
                actionDispatcher.dispatch(new RefreshDiagramAction());
            }
        };
        source.domain().getCommandStack().addCommandStackListener(listener);
        sessionManager.addListener(new ClientSessionListener() {
            @Override
            public void sessionDisposed(ClientSession session) {
                source.domain().getCommandStack().removeCommandStackListener(listener);
                sessionManager.removeListener(this);
            }
        }, clientId);
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            modelState.getSource().host().save();
        } catch (IOException e) {
            throw new GLSPServerException("Could not save " + modelState.getSource().registerFile(), e);
        }
    }
}
