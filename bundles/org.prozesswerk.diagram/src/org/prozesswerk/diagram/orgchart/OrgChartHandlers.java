package org.prozesswerk.diagram.orgchart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.NotationCommands;
import org.prozesswerk.diagram.RegisterOperationHandler;
import org.prozesswerk.diagram.internal.Messages;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessRegister;

/** The Organigramm's edit handlers: each turns a GLSP operation into an EMF command on the register. */
public final class OrgChartHandlers {

    private OrgChartHandlers() {
    }

    static OrgUnit unit(ProcessRegister register, String id) {
        if (id == null || register.eResource() == null) {
            return null;
        }
        EObject object = register.eResource().getEObject(id);
        return object instanceof OrgUnit unit ? unit : null;
    }

    /** The unit node under {@code point} (absolute), other than {@code except}. */
    static Optional<String> unitAt(GModelElement root, GPoint point, String except) {
        for (GModelElement child : root.getChildren()) {
            if (child instanceof GNode node && OrgChartTypes.UNIT.equals(node.getType())
                    && !node.getId().equals(except) && node.getPosition() != null && node.getSize() != null) {
                double x = node.getPosition().getX();
                double y = node.getPosition().getY();
                if (point.getX() >= x && point.getX() <= x + node.getSize().getWidth() && point.getY() >= y
                        && point.getY() <= y + node.getSize().getHeight()) {
                    return Optional.of(node.getId());
                }
            }
        }
        return Optional.empty();
    }

    /** Palette "Organisationseinheit": dropped onto a unit it becomes its subunit, elsewhere a root unit. */
    public static class CreateUnit extends RegisterOperationHandler<CreateNodeOperation>
            implements CreateOperationHandler<CreateNodeOperation> {

        @Override
        public List<String> getHandledElementTypeIds() {
            return List.of(OrgChartTypes.UNIT);
        }

        @Override
        public String getLabel() {
            return Messages.Palette_Unit;
        }

        @Override
        public Optional<Command> createCommand(CreateNodeOperation operation) {
            DiagramSource source = state.getSource();
            String parentId = operation.getLocation()
                    .flatMap(location -> unitAt(state.getRoot(), location, null))
                    .orElse(operation.getContainerId());
            return Optional.of(source.access().call(() -> OrgUnitCommands.create(source.domain(), source.register(),
                    unit(source.register(), parentId), operation.getArgs().get("id"))));
        }
    }

    /** Delete key / context menu: units with their subunits; Steckbriefe move up (see {@link OrgUnitCommands}). */
    public static class DeleteUnits extends RegisterOperationHandler<DeleteOperation> {

        @Override
        public Optional<Command> createCommand(DeleteOperation operation) {
            DiagramSource source = state.getSource();
            return source.access().call(() -> {
                List<OrgUnit> units = new ArrayList<>();
                for (String id : operation.getElementIds()) {
                    OrgUnit unit = unit(source.register(), id);
                    if (unit != null) {
                        units.add(unit);
                    }
                }
                return units.isEmpty() ? Optional.<Command>empty()
                        : Optional.of(OrgUnitCommands.delete(source.domain(), source.register(), units));
            });
        }
    }

    /** Direct edit of a unit's name label. */
    public static class RenameUnit extends RegisterOperationHandler<ApplyLabelEditOperation> {

        @Override
        public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
            String labelId = operation.getLabelId();
            if (labelId == null || !labelId.endsWith(OrgChartTypes.NAME_SUFFIX) || operation.getText() == null
                    || operation.getText().isBlank()) {
                return doNothing();
            }
            String unitId = labelId.substring(0, labelId.length() - OrgChartTypes.NAME_SUFFIX.length());
            DiagramSource source = state.getSource();
            return source.access().call(() -> {
                OrgUnit unit = unit(source.register(), unitId);
                return unit == null ? Optional.<Command>empty()
                        : Optional.of(OrgUnitCommands.rename(source.domain(), unit, operation.getText().strip()));
            });
        }
    }

    /**
     * Dragging a unit: dropped onto another unit it becomes that unit's subunit (and follows the layout again);
     * dropped elsewhere it keeps its new position in the notation.
     */
    public static class MoveUnits extends RegisterOperationHandler<ChangeBoundsOperation> {

        @Override
        public Optional<Command> createCommand(ChangeBoundsOperation operation) {
            DiagramSource source = state.getSource();
            Map<String, GPoint> positions = new java.util.LinkedHashMap<>();
            List<String[]> reparents = new ArrayList<>();
            for (ElementAndBounds bounds : operation.getNewBounds()) {
                GPoint position = bounds.getNewPosition();
                if (position == null) {
                    continue;
                }
                double width = bounds.getNewSize() != null ? bounds.getNewSize().getWidth() : OrgChartTypes.MIN_WIDTH;
                double height = bounds.getNewSize() != null ? bounds.getNewSize().getHeight() : OrgChartTypes.HEIGHT;
                GPoint center = org.eclipse.glsp.graph.util.GraphUtil.point(position.getX() + width / 2,
                        position.getY() + height / 2);
                Optional<String> target = operation.getNewBounds().size() == 1
                        ? unitAt(state.getRoot(), center, bounds.getElementId())
                        : Optional.empty();
                if (target.isPresent()) {
                    reparents.add(new String[] { bounds.getElementId(), target.get() });
                } else {
                    positions.put(bounds.getElementId(), position);
                }
            }
            return source.access().call(() -> {
                CompoundCommand command = new CompoundCommand(
                        reparents.isEmpty() ? Messages.Command_Move : Messages.Command_ReparentUnit);
                for (String[] move : reparents) {
                    OrgUnit unit = unit(source.register(), move[0]);
                    OrgUnit parent = unit(source.register(), move[1]);
                    if (unit != null && parent != null) {
                        command.append(OrgUnitCommands.reparent(source.domain(), unit, parent));
                        command.append(NotationCommands.clear(source.notation(), OrgChartTypes.DIAGRAM_TYPE,
                                List.of(move[0]), Messages.Command_ReparentUnit));
                    }
                }
                if (!positions.isEmpty()) {
                    command.append(NotationCommands.place(source.notation(), OrgChartTypes.DIAGRAM_TYPE, positions,
                            Messages.Command_Move));
                }
                return command.isEmpty() || !command.canExecute() ? Optional.<Command>empty()
                        : Optional.<Command>of(command);
            });
        }
    }
}
