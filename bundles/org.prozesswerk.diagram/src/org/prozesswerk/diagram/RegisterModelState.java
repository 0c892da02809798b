package org.prozesswerk.diagram;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;

/**
 * The GLSP model state of a register diagram. Its command stack is the register's: a command from the diagram is
 * undone by Ctrl+Z in the navigator and vice versa, and "dirty" is the register's dirty state. Commands run on the
 * model thread ({@link ModelAccess}).
 */
public class RegisterModelState extends DefaultGModelState {

    private DiagramSource source;
    private volatile boolean executing;

    @Override
    public void init() {
        // No GModel command stack: commands go to the register's stack once the source is known.
    }

    public void setSource(DiagramSource source) {
        this.source = source;
        this.commandStack = source.domain().getCommandStack();
    }

    public DiagramSource getSource() {
        if (source == null) {
            throw new IllegalStateException("No register has been loaded into this diagram session yet");
        }
        return source;
    }

    public boolean hasSource() {
        return source != null;
    }

    /** True while this session runs a command itself: its own model update follows, no refresh is needed. */
    public boolean isExecuting() {
        return executing;
    }

    @Override
    public void execute(Command command) {
        onModelThread(() -> commandStack.execute(command));
    }

    @Override
    public void undo() {
        onModelThread(() -> commandStack.undo());
    }

    @Override
    public void redo() {
        onModelThread(() -> commandStack.redo());
    }

    @Override
    public boolean canUndo() {
        return source != null && source.access().call(commandStack::canUndo);
    }

    @Override
    public boolean canRedo() {
        return source != null && source.access().call(commandStack::canRedo);
    }

    @Override
    public boolean isDirty() {
        return commandStack instanceof BasicCommandStack stack && stack.isSaveNeeded();
    }

    private void onModelThread(Runnable task) {
        getSource().access().run(() -> {
            executing = true;
            try {
                task.run();
            } finally {
                executing = false;
            }
        });
    }
}
