package org.prozesswerk.diagram.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.prozesswerk.diagram.NotationCommands;
import org.prozesswerk.diagram.RegisterModelState;

import com.google.inject.Inject;

/** "Layout" (Ctrl+Shift+L): forget the manual positions, so ELK places everything again. Undoable. */
public class ResetLayoutHandler extends BasicOperationHandler<LayoutOperation> {

    @Inject
    protected RegisterModelState registerState;

    @Inject
    @DiagramType
    protected String diagramType;

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        java.util.List<String> ids = operation.getElementIds();
        return Optional.of(NotationCommands.clear(registerState.getSource().notation(), diagramType,
                ids == null || ids.isEmpty() ? null : ids, Messages.Command_ResetLayout));
    }
}
