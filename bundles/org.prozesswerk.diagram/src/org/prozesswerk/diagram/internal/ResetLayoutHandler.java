package org.prozesswerk.diagram.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.prozesswerk.diagram.NotationCommands;
import org.prozesswerk.diagram.RegisterOperationHandler;

/** "Layout" (Ctrl+Shift+L): forget the manual positions, so ELK places everything again. Undoable. */
public class ResetLayoutHandler extends RegisterOperationHandler<LayoutOperation> {

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        java.util.List<String> ids = operation.getElementIds();
        return Optional.of(NotationCommands.clear(state.getSource().notation(), diagramType,
                ids == null || ids.isEmpty() ? null : ids, Messages.Command_ResetLayout));
    }
}
