package org.prozesswerk.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;
import org.prozesswerk.ui.internal.Messages;

/**
 * An editor of one part of an open register (its method profile, its roles and rights, a diagram): it edits through
 * the register's command stack, is dirty while the register is, and saves with it, so "Speichern" here saves the
 * register once ({@link RegisterSaveable}); "save as" belongs to the register, not to one of its parts. After a burst
 * of commands on the stack, from this editor or any other, the editor {@link #refresh() refreshes} once.
 */
public abstract class RegisterPartEditor extends EditorPart implements ISaveablesSource {

    private final Class<? extends RegisterEditorInput> inputType;
    private RegisterDocument document;
    private CommandStackActions undoRedo;
    private boolean refreshScheduled;
    private final RegisterDocument.Listener dirtyListener = d -> firePropertyChange(PROP_DIRTY);
    private final CommandStackListener stackListener = event -> scheduleRefresh();

    /** An editor of the inputs of class {@code inputType}. */
    protected RegisterPartEditor(Class<? extends RegisterEditorInput> inputType) {
        this.inputType = inputType;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!inputType.isInstance(input)) {
            throw new PartInitException("Not a " + inputType.getSimpleName() + ": " + input);
        }
        RegisterEditorInput registerInput = (RegisterEditorInput) input;
        document = registerInput.document().orElseThrow(
                () -> new PartInitException(NLS.bind(Messages.Editor_RegisterNotOpen, registerInput.file())));
        read(registerInput, document);
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        undoRedo = new CommandStackActions(stack());
        document.addListener(dirtyListener);
        stack().addCommandStackListener(stackListener);
    }

    /**
     * Reads what the editor needs besides the register before it is bound to it; a failure leaves nothing behind.
     * Nothing by default.
     */
    protected void read(RegisterEditorInput input, RegisterDocument document) throws PartInitException {
    }

    /** The open register whose part is edited. */
    public RegisterDocument document() {
        return document;
    }

    protected final EditingDomain domain() {
        return document.editingDomain();
    }

    private CommandStack stack() {
        return domain().getCommandStack();
    }

    /**
     * Executes {@code command} on the register's command stack (which may refuse it) if it can run; {@code null} is
     * ignored. Whether it ran.
     */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        stack().execute(command);
        return true;
    }

    /** Undo and redo of the register's command stack, for the editor to install into its action bars. */
    protected final CommandStackActions undoRedo() {
        return undoRedo;
    }

    private void scheduleRefresh() {
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        Display.getDefault().asyncExec(() -> {
            refreshScheduled = false;
            refresh();
        });
    }

    /** Brings the widgets up to date with the model; does nothing before they are made or after they are gone. */
    protected abstract void refresh();

    /** Hands edits still in a widget (a text being typed) to the model before a save; none by default. */
    protected void commitPendingEdits() {
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        commitPendingEdits();
        document.saveable().saveShowingErrors(getSite().getShell(), monitor);
    }

    @Override
    public void doSaveAs() {
        // not offered (isSaveAsAllowed is false): a part is saved with its register
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public Saveable[] getSaveables() {
        return document == null ? new Saveable[0] : new Saveable[] { document.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public void dispose() {
        if (document != null) {
            stack().removeCommandStackListener(stackListener);
            document.removeListener(dirtyListener);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }
}
