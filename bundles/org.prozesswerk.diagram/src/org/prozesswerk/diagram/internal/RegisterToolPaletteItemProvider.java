package org.prozesswerk.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerElementCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandlerRegistry;

import com.google.inject.Inject;

/** The palette: one German group with the create tools of the diagram; none if the diagram creates nothing. */
public class RegisterToolPaletteItemProvider implements ToolPaletteItemProvider {

    @Inject
    protected OperationHandlerRegistry operationHandlerRegistry;

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> items = new ArrayList<>();
        int counter = 0;
        for (var handler : operationHandlerRegistry.getAll()) {
            if (handler instanceof CreateOperationHandler create) {
                for (TriggerElementCreationAction action : (List<TriggerElementCreationAction>) create
                        .getTriggerActions()) {
                    items.add(new PaletteItem("pw-palette-" + counter++, create.getLabel(), action));
                }
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(List.of(PaletteItem.createPaletteGroup("pw-create", Messages.Palette_Group, items,
                "symbol-property", "A")));
    }
}
