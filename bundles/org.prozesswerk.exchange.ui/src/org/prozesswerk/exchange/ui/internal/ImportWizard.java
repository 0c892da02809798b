package org.prozesswerk.exchange.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
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
 * progress in the wizard ({@link WizardJob}), shows the import report and opens the register; a file that cannot
 * be imported leaves the wizard open with the cause on the page. A register open in the workbench is not a target: the
 * import would bypass its command stack, so the page asks to close it first.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

    private ImportPage page;
    private volatile ExchangeReport lastReport;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(Messages.Import_Title);
        setNeedsProgressMonitor(true);
    }

    /** The report of the last finished import, or null. */
    public ExchangeReport lastReport() {
        return lastReport;
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
        String failure = WizardJob.run(getContainer(), NLS.bind(Messages.Import_Job, source.getFileName()),
                monitor -> {
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
                    lastReport = report;
                });
        if (failure != null) {
            page.setErrorMessage(failure.isEmpty() ? null : failure);
            return false;
        }
        // After the wizard has closed: the report of what was mapped, created, skipped or rejected.
        Results.show(NLS.bind(Messages.Import_Done, lastReport.profiles(), target), lastReport);
        try {
            RegisterDocuments.getDefault().open(target);
        } catch (Exception e) {
            // Opening is a convenience after the report; the register file is saved, so log and go on.
            ILog.of(ImportWizard.class).warn(NLS.bind(Messages.Result_Failed, target), e);
        }
        return true;
    }
}
