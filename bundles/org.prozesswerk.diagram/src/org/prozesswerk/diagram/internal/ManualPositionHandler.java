package org.prozesswerk.diagram.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.prozesswerk.diagram.NotationCommands;
import org.prozesswerk.diagram.RegisterOperationHandler;

/** Dragging nodes: their new positions are kept in the notation and override the automatic layout. */
public class ManualPositionHandler extends RegisterOperationHandler<ChangeBoundsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, GPoint> positions = new LinkedHashMap<>();
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            if (bounds.getNewPosition() != null) {
                positions.put(bounds.getElementId(), bounds.getNewPosition());
            }
        }
        return positions.isEmpty() ? doNothing()
                : Optional.of(NotationCommands.place(state.getSource().notation(), diagramType, positions,
                        Messages.Command_Move));
    }
}
