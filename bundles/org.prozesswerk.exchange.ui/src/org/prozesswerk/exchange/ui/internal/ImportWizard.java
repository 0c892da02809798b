package org.prozesswerk.exchange.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * File › Import › Prozesswerk › Steckbriefe: imports a file into a register file (created if missing) as a Job with
 * progress, shows the import report and opens the register. A register open in the workbench is not a target: the
 * import would bypass its command stack, so the page asks to close it first.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

    private ImportPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(Messages.Import_Title);
    }

    @Override
    public void addPages() {
        page = new ImportPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ImporterDescriptor importer = page.importer();
        Path source = page.source();
        Path target = page.target();
        Map<String, String> options = page.options();
        Job job = Job.create(NLS.bind(Messages.Import_Job, source.getFileName()), (IProgressMonitor monitor) -> {
            try {
                ProcessRegister register;
                if (Files.exists(target)) {
                    register = RegisterStore.load(target);
                } else {
                    register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
                    register.setId(UUID.randomUUID().toString());
                }
                ExchangeReport report = importer.create().importInto(new ImportRequest(source, register, target,
                        options), monitor);
                RegisterStore.save(register, target);
                Results.show(NLS.bind(Messages.Import_Done, report.profiles(), target), report);
                Display.getDefault().asyncExec(() -> {
                    try {
                        RegisterDocuments.getDefault().open(target);
                    } catch (Exception e) {
                        // the report already told the user what happened; opening is a convenience
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.Result_Failed, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return true;
    }
}
