package org.prozesswerk.bpmn.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The global action handlers of the BPMN editor (Bearbeiten menu, Ctrl+Z, ...), each done by a function of the page,
 * which {@link BpmnEditorContributor} installs. The page is told whether the user chose the menu: a key stroke in a
 * text field of the page was already handled by that field.
 */
final class PageActions {

    private final PageAction undo;
    private final PageAction redo;
    private final PageAction selectAll;
    private final PageAction delete;

    /** {@code page} runs a script in the page. */
    PageActions(Consumer<String> page) {
        undo = new PageAction(page, "pwUndo", Messages.Action_Undo, ActionFactory.UNDO);
        redo = new PageAction(page, "pwRedo", Messages.Action_Redo, ActionFactory.REDO);
        selectAll = new PageAction(page, "pwSelectAll", Messages.Action_SelectAll, ActionFactory.SELECT_ALL);
        delete = new PageAction(page, "pwDelete", Messages.Action_Delete, ActionFactory.DELETE);
        undoState(false, false);
    }

    void undoState(boolean canUndo, boolean canRedo) {
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
    }

    IAction get(String globalActionId) {
        if (ActionFactory.UNDO.getId().equals(globalActionId)) {
            return undo;
        } else if (ActionFactory.REDO.getId().equals(globalActionId)) {
            return redo;
        } else if (ActionFactory.SELECT_ALL.getId().equals(globalActionId)) {
            return selectAll;
        } else if (ActionFactory.DELETE.getId().equals(globalActionId)) {
            return delete;
        }
        return null;
    }

    private static final class PageAction extends Action {
        private final Consumer<String> page;
        private final String function;

        PageAction(Consumer<String> page, String function, String text, ActionFactory factory) {
            super(text);
            this.page = page;
            this.function = function;
            setId(factory.getId());
            setActionDefinitionId(factory.getCommandId());
        }

        @Override
        public void runWithEvent(Event event) {
            boolean fromMenu = event != null && (event.widget instanceof MenuItem || event.widget instanceof ToolItem);
            page.accept(function + "(" + fromMenu + ")");
        }

        @Override
        public void run() {
            page.accept(function + "(true)");
        }
    }
}
