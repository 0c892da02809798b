package org.prozesswerk.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.diagram.ui.DiagramEditor;

/** Zoom in, zoom out and fit of the active diagram (Ctrl+=, Ctrl+-, Ctrl+0); the variant comes from plugin.xml. */
public final class ZoomHandler extends AbstractHandler implements IExecutableExtension {

    private String variant = "fit";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String text) {
            variant = text;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof DiagramEditor editor) {
            switch (variant) {
                case "in" -> editor.zoom(1.25);
                case "out" -> editor.zoom(0.8);
                default -> editor.fit();
            }
        }
        return null;
    }
}
