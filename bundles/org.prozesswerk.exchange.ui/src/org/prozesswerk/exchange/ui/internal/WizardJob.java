package org.prozesswerk.exchange.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.osgi.util.NLS;

/**
 * Runs an export or import as a Job and keeps the wizard open until it ends: progress and cancel show in the wizard's
 * progress bar (and the Progress view), and a failure comes back as a message for the wizard page, so a bad input file
 * gives a readable error where the user can correct it instead of a platform error dialog.
 */
final class WizardJob {

    private WizardJob() {
    }

    /** @return null on success, {@link #CANCELLED} if the user cancelled, else the message for the page */
    static String run(IWizardContainer container, String name, Work work) {
        AtomicReference<String> failure = new AtomicReference<>();
        try {
            container.run(true, true, wizardMonitor -> {
                Job job = Job.create(name, jobMonitor -> {
                    try {
                        work.run(new Both(jobMonitor, wizardMonitor));
                    } catch (OperationCanceledException e) {
                        failure.set(CANCELLED);
                    } catch (Exception | LinkageError e) {
                        failure.set(NLS.bind(Messages.Result_Failed, message(e)));
                    }
                    // Failures are reported on the wizard page; an error status would add a second dialog.
                    return failure.get() == null ? Status.OK_STATUS : Status.CANCEL_STATUS;
                });
                job.schedule();
                job.join();
            });
        } catch (InvocationTargetException e) {
            return NLS.bind(Messages.Result_Failed, message(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CANCELLED;
        }
        return failure.get();
    }

    /** The export or import itself, run in the Job's thread. */
    @FunctionalInterface
    interface Work {
        void run(IProgressMonitor monitor) throws Exception;
    }

    /** Marker result of a cancelled run: nothing to report. */
    static final String CANCELLED = "";

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Reports to the Job's monitor and the wizard's; either one's cancel stops the work. */
    private static final class Both extends ProgressMonitorWrapper {

        private final IProgressMonitor wizard;

        Both(IProgressMonitor job, IProgressMonitor wizard) {
            super(job);
            this.wizard = wizard;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            wizard.beginTask(name, totalWork);
        }

        @Override
        public void setTaskName(String name) {
            super.setTaskName(name);
            wizard.setTaskName(name);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            wizard.subTask(name);
        }

        @Override
        public void worked(int work) {
            super.worked(work);
            wizard.worked(work);
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            wizard.internalWorked(work);
        }

        @Override
        public void done() {
            super.done();
            wizard.done();
        }

        @Override
        public boolean isCanceled() {
            return super.isCanceled() || wizard.isCanceled();
        }
    }
}
