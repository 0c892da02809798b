package org.prozesswerk.ui;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.prozesswerk.ui.internal.Messages;

/**
 * Undo and redo of a register's command stack as workbench global actions, labelled with the command they act on
 * ("Rückgängig: Status ändern"). EMF's edit.ui, which normally provides these, is not on Maven Central.
 */
public final class CommandStackActions implements CommandStackListener {

    private final CommandStack stack;
    private final Action undo = new Action() {
        @Override
        public void run() {
            stack.undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack.redo();
        }
    };

    public CommandStackActions(CommandStack stack) {
        this.stack = stack;
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        stack.addCommandStackListener(this);
        update();
    }

    /** Installs undo and redo as the part's global action handlers. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public void dispose() {
        stack.removeCommandStackListener(this);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        Display display = Display.getDefault();
        if (Display.getCurrent() != null) {
            update();
        } else if (!display.isDisposed()) {
            display.asyncExec(this::update);
        }
    }

    private void update() {
        Command undoCommand = stack.getUndoCommand();
        undo.setEnabled(stack.canUndo());
        undo.setText(label(Messages.Undo_Label, undoCommand));
        Command redoCommand = stack.getRedoCommand();
        redo.setEnabled(stack.canRedo());
        redo.setText(label(Messages.Redo_Label, redoCommand));
    }

    private static String label(String pattern, Command command) {
        String name = command == null || command.getLabel() == null ? "" : command.getLabel();
        // Without a command the label is just the verb: "Rückgängig", not "Rückgängig:".
        return name.isEmpty() ? pattern.replace("{0}", "").replaceAll("[:\\s]+$", "") : NLS.bind(pattern, name);
    }
}
