package org.prozesswerk.exchange.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportMerge;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.ui.internal.RegisterSource;
import org.prozesswerk.merge.ui.internal.UpdateRegisterDialog;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.RightsCommandStack;

/**
 * File › Import › Prozesswerk › Steckbriefe: imports a file into a register file (created if missing) as a Job with
 * progress in the wizard ({@link WizardJob}), shows the import report and opens the register; a file that cannot
 * be imported leaves the wizard open with the cause on the page.
 * <p>
 * Into an existing register the import is a merge ({@link ImportMerge}, issue 16): the register is opened (or the open
 * one used), and when it already holds Steckbriefe of the file (same key) or the merge has conflicts, the merge preview
 * of „Register aktualisieren…“ shows every change and conflict before anything is applied. The merge is one command
 * on the register's command stack (one undo takes it back); a register without unsaved changes is saved after it.
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
        if (Files.exists(target)) {
            return importInto(importer, source, target, options);
        }
        String failure = WizardJob.run(getContainer(), NLS.bind(Messages.Import_Job, source.getFileName()),
                monitor -> {
                    ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
                    register.setId(UUID.randomUUID().toString());
                    ExchangeReport report = importer.create().importInto(new ImportRequest(source, register, target,
                            options), monitor);
                    RegisterStore.save(register, target);
                    // the new register is what the file gave: the next import of it is three-way
                    ImportMerge.remember(register, target, importer.id(), source);
                    lastReport = report;
                });
        if (failure != null) {
            page.setErrorMessage(failure.isEmpty() ? null : failure);
            return false;
        }
        // After the wizard has closed: the report of what was mapped, created, skipped or rejected.
        Results.show(NLS.bind(Messages.Import_Done, lastReport.profiles(), target), lastReport);
        openRegister(target);
        return true;
    }

    private boolean importInto(ImporterDescriptor importer, Path source, Path target, Map<String, String> options) {
        RegisterDocument document;
        try {
            Optional<RegisterDocument> open = RegisterDocuments.getDefault().find(target);
            document = open.isPresent() ? open.get() : RegisterDocuments.getDefault().open(target);
        } catch (RegisterLoadException e) {
            page.setErrorMessage(NLS.bind(Messages.Result_Failed, e.getMessage()));
            return false;
        }
        ProcessRegister register = document.register();
        AtomicReference<ImportMerge.Prepared> analysed = new AtomicReference<>();
        String failure = WizardJob.run(getContainer(), NLS.bind(Messages.Import_Job, source.getFileName()),
                monitor -> analysed.set(ImportMerge.prepare(importer.create(), importer.id(), source, register,
                        target, options, monitor)));
        if (failure != null) {
            page.setErrorMessage(failure.isEmpty() ? null : failure);
            return false;
        }
        ImportMerge.Prepared prepared = analysed.get();
        lastReport = prepared.report();
        boolean wasDirty = document.isDirty();
        CommandStack stack = document.editingDomain().getCommandStack();
        Command before = stack.getMostRecentCommand();
        boolean applied;
        if (prepared.matched() > 0 || !prepared.result().conflicts().isEmpty()) {
            RegisterSource theirs = RegisterSource.of(NLS.bind(Messages.Import_PreviewFile, source.getFileName()),
                    source.toString(), prepared::theirs);
            RegisterSource base = RegisterSource.of(prepared.threeWay() ? Messages.Import_PreviewSnapshot
                    : Messages.Import_PreviewTwoWay, prepared.snapshot().toString(), prepared::base);
            applied = new UpdateRegisterDialog(getShell(), document, theirs, base).open() == Window.OK;
        } else {
            EditingDomain domain = document.editingDomain();
            domain.getCommandStack().execute(prepared.result().createCommand(domain, new MergeDecisions()));
            applied = true;
        }
        // The rights check of the register's command stack (docs/roles.md) may refuse the merge: then nothing changed,
        // and neither the register nor the remembered import may be written.
        Decision refusal = applied && stack instanceof RightsCommandStack rights
                && stack.getMostRecentCommand() == before
                ? rights.lastRefusal() : null;
        try {
            if (refusal != null) {
                prepared.discard();
                page.setErrorMessage(NLS.bind(Messages.Import_Refused, refusal.reason()));
                return false;
            }
            if (!applied) {
                prepared.discard();
                page.setMessage(Messages.Import_PreviewCancelled, IMessageProvider.INFORMATION);
                return false;
            }
            if (!wasDirty) {
                document.save();
            }
            prepared.commit(target);
        } catch (IOException e) {
            page.setErrorMessage(NLS.bind(Messages.Result_Failed, e.getMessage()));
            return false;
        }
        Results.show(NLS.bind(Messages.Import_Merged, new Object[] { lastReport.profiles(), target,
                prepared.matched() }), lastReport);
        return true;
    }

    private static void openRegister(Path target) {
        try {
            RegisterDocuments.getDefault().open(target);
        } catch (Exception e) {
            // Opening is a convenience after the report; the register file is saved, so log and go on.
            ILog.of(ImportWizard.class).warn(NLS.bind(Messages.Result_Failed, target), e);
        }
    }
}
