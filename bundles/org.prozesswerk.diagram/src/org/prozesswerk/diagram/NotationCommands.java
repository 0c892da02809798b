package org.prozesswerk.diagram;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.glsp.graph.GPoint;
import org.prozesswerk.diagram.notation.Diagram;
import org.prozesswerk.diagram.notation.NotationFactory;
import org.prozesswerk.diagram.notation.NotationFile;
import org.prozesswerk.diagram.notation.Shape;

/**
 * Commands on the notation. They are recorded changes (EMF ChangeCommand) executed on the register's command
 * stack, so moving a node is undone with Ctrl+Z like any other edit.
 */
public final class NotationCommands {

    private NotationCommands() {
    }

    /** Places the given elements by hand (position relative to their parent node). */
    public static Command place(NotationFile notation, String diagramType, Map<String, GPoint> positions,
            String label) {
        ChangeCommand command = new ChangeCommand(notation) {
            @Override
            protected void doExecute() {
                Diagram diagram = diagram(notation, diagramType);
                positions.forEach((id, position) -> {
                    Shape shape = NotationStore.shape(notation, diagramType, id).orElseGet(() -> {
                        Shape created = NotationFactory.eINSTANCE.createShape();
                        created.setSemanticId(id);
                        diagram.getElements().add(created);
                        return created;
                    });
                    shape.setX(Math.round(position.getX()));
                    shape.setY(Math.round(position.getY()));
                });
            }
        };
        command.setLabel(label);
        return command;
    }

    /** Forgets manual positions: of {@code ids}, or all of the diagram if {@code ids} is null. */
    public static Command clear(NotationFile notation, String diagramType, Collection<String> ids, String label) {
        ChangeCommand command = new ChangeCommand(notation) {
            @Override
            protected void doExecute() {
                NotationStore.diagram(notation, diagramType).ifPresent(diagram -> diagram.getElements()
                        .removeIf(e -> ids == null || ids.contains(e.getSemanticId())));
            }
        };
        command.setLabel(label);
        return command;
    }

    private static Diagram diagram(NotationFile notation, String diagramType) {
        return NotationStore.diagram(notation, diagramType).orElseGet(() -> {
            Diagram created = NotationFactory.eINSTANCE.createDiagram();
            created.setDiagramType(diagramType);
            notation.getDiagrams().add(created);
            return created;
        });
    }
}
