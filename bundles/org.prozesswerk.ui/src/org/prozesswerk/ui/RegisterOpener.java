package org.prozesswerk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.ui.internal.Messages;
import org.prozesswerk.ui.internal.RecentRegisters;

/**
 * Opens registers the way a user expects: in a background job with progress (a state register takes seconds), an
 * error dialog naming file, line and cause, the file remembered in the recent list, and the navigator shown.
 */
public final class RegisterOpener {

    /** Id of the register navigator view, shown after a register opened. */
    public static final String NAVIGATOR_VIEW = "org.prozesswerk.ui.navigator";

    private RegisterOpener() {
    }

    /** Opens {@code file}; {@code whenOpen} runs in the UI thread once the register is open. */
    public static Job open(Path file, Consumer<RegisterDocument> whenOpen) {
        Optional<RegisterDocument> existing = RegisterDocuments.getDefault().find(file);
        if (existing.isPresent()) {
            showNavigator();
            whenOpen.accept(existing.get());
            return null;
        }
        Job job = new Job(NLS.bind(Messages.Open_Job, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(NLS.bind(Messages.Open_Job, file), IProgressMonitor.UNKNOWN);
                try {
                    RegisterDocuments.LoadedRegister loaded = RegisterDocuments.load(file);
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    Display.getDefault().asyncExec(() -> {
                        RegisterDocument document = RegisterDocuments.getDefault().add(loaded);
                        RecentRegisters.remember(file);
                        showNavigator();
                        whenOpen.accept(document);
                    });
                    return Status.OK_STATUS;
                } catch (RegisterLoadException e) {
                    Display.getDefault().asyncExec(() -> MessageDialog.openError(activeShell(),
                            Messages.Open_Failed_Title, NLS.bind(Messages.Open_Failed_Message, e.getMessage())));
                    return Status.OK_STATUS; // reported to the user; not a platform error
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void showNavigator() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null || PlatformUI.getWorkbench().getViewRegistry().find(NAVIGATOR_VIEW) == null) {
            return;
        }
        try {
            IViewPart view = page.showView(NAVIGATOR_VIEW);
            page.activate(view);
        } catch (PartInitException e) {
            // the navigator is optional for opening: the register is open either way
        }
    }

    private static org.eclipse.swt.widgets.Shell activeShell() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? null : window.getShell();
    }
}
