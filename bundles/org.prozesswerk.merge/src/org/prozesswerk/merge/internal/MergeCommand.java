package org.prozesswerk.merge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * The merge as one undoable command: a sequence of steps, each creating its EMF command when it runs, so that every
 * step sees the state the steps before it left (a plain compound command prepares all its parts against the
 * initial state). Undo undoes the executed commands in reverse order; redo redoes them.
 */
public final class MergeCommand extends AbstractCommand {

    private final List<Supplier<Command>> steps = new ArrayList<>();
    private final List<Command> executed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public MergeCommand(String label) {
        super(label);
    }

    public void step(Supplier<Command> step) {
        steps.add(step);
    }

    /** @return what the merge could not keep as it was (references cleared, elements re-filed), filled on execute */
    public List<String> notes() {
        return notes;
    }

    void note(String note) {
        notes.add(note);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        executed.clear();
        notes.clear();
        try {
            for (Supplier<Command> step : steps) {
                Command c = step.get();
                if (c == null) {
                    continue;
                }
                if (!c.canExecute()) {
                    throw new IllegalStateException("merge step cannot execute: " + c.getLabel() + " "
                            + c.getDescription());
                }
                c.execute();
                executed.add(c);
            }
        } catch (RuntimeException e) {
            undo();
            executed.clear();
            throw e;
        }
    }

    @Override
    public boolean canUndo() {
        return true;
    }

    @Override
    public void undo() {
        for (ListIterator<Command> it = executed.listIterator(executed.size()); it.hasPrevious();) {
            it.previous().undo();
        }
    }

    @Override
    public void redo() {
        for (Command c : executed) {
            c.redo();
        }
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return executed.isEmpty() ? super.getAffectedObjects() : executed.get(executed.size() - 1).getAffectedObjects();
    }

    @Override
    public void dispose() {
        for (Command c : executed) {
            c.dispose();
        }
    }
}
