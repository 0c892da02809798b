package org.prozesswerk.bpmn.ui.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Bearbeiten menu and its key bindings (Ctrl+Z, Ctrl+Y, Ctrl+A, Entf) to the bpmn-js
 * command stack of the active BPMN editor. Editors of one type share their action bars, so this is done here.
 */
public final class BpmnEditorContributor extends EditorActionBarContributor {

    private static final ActionFactory[] HANDLED = { ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.SELECT_ALL,
            ActionFactory.DELETE };

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        BpmnEditor editor = part instanceof BpmnEditor bpmn ? bpmn : null;
        for (ActionFactory factory : HANDLED) {
            bars.setGlobalActionHandler(factory.getId(), editor == null ? null : editor.action(factory.getId()));
        }
        bars.updateActionBars();
    }
}
