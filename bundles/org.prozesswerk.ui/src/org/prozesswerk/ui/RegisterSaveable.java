package org.prozesswerk.ui;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.Saveable;
import org.prozesswerk.ui.internal.Messages;

/**
 * The unit of saving for the workbench: all editors and views of one register return this from
 * {@link org.eclipse.ui.ISaveablesSource}, so "Speichern" in any of them saves the register once and closing the
 * last part asks about unsaved changes once.
 */
public final class RegisterSaveable extends Saveable {

    private final RegisterDocument document;

    RegisterSaveable(RegisterDocument document) {
        this.document = document;
    }

    public RegisterDocument document() {
        return document;
    }

    @Override
    public String getName() {
        return document.displayName();
    }

    @Override
    public String getToolTipText() {
        return document.file().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        try {
            try {
                document.save();
            } catch (RegisterDocument.ChangedOnDiskException e) {
                // As the BPMN editor does: never overwrite someone else's changes without asking.
                boolean[] overwrite = new boolean[1];
                Display.getDefault().syncExec(() -> overwrite[0] = MessageDialog.openQuestion(
                        Display.getDefault().getActiveShell(), Messages.Save_ChangedOnDisk_Title,
                        e.getMessage() + "\n\n" + Messages.Save_ChangedOnDisk_Question));
                if (!overwrite[0]) {
                    monitor.setCanceled(true);
                    return;
                }
                document.saveOverwriting();
            }
        } catch (IOException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.Save_Failed, document.file(), e.getMessage()), e));
        }
    }

    /**
     * The save of an editor that shows a part of the register (Steckbrief, method profile, roles and rights): the same
     * save as the workbench's, asking before it overwrites a file changed on disk; a failure is shown in a dialog.
     */
    public void saveShowingErrors(Shell shell, IProgressMonitor monitor) {
        try {
            doSave(monitor == null ? new NullProgressMonitor() : monitor);
        } catch (CoreException e) {
            MessageDialog.openError(shell, Messages.Save_Failed_Title, e.getStatus().getMessage());
        }
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegisterSaveable saveable && saveable.document == document;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(document);
    }
}
