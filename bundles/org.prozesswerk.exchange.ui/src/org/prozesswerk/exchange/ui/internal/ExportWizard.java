package org.prozesswerk.exchange.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExportFiles;
import org.prozesswerk.exchange.ExporterDescriptor;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.Scope;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * File › Export › Prozesswerk › Prozessregister: exports the register of the selection (or an open register, or a
 * register file) with one of the contributed exporters, as a Job with progress in the wizard ({@link WizardJob}). An open register is copied in the UI
 * thread first, so that the Job never reads a model the user is editing.
 */
public final class ExportWizard extends Wizard implements IExportWizard {

    private ExportPage page;
    private RegisterDocument selectedDocument;
    private final List<ProcessProfile> selectedProfiles = new ArrayList<>();
    private volatile ExchangeReport lastReport;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(Messages.Export_Title);
        setNeedsProgressMonitor(true);
        for (Object element : selection == null ? List.of() : selection.toList()) {
            if (element instanceof EObject object) {
                RegisterDocuments.getDefault().documentOf(object).ifPresent(d -> selectedDocument = d);
                if (object instanceof ProcessProfile profile) {
                    selectedProfiles.add(profile);
                }
            }
        }
    }

    /** The report of the last finished export, or null. */
    public ExchangeReport lastReport() {
        return lastReport;
    }

    @Override
    public void addPages() {
        page = new ExportPage(selectedDocument, selectedProfiles.size());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ExporterDescriptor exporter = page.exporter();
        Path target = page.target();
        Map<String, String> options = page.options();
        RegisterDocument document = page.document();
        Path file;
        ProcessRegister copy;
        List<ProcessProfile> profiles;
        Scope scope;
        if (document != null) {
            file = document.file();
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            copy = (ProcessRegister) copier.copy(document.register());
            copier.copyReferences();
            if (page.selectionOnly() && !selectedProfiles.isEmpty()) {
                profiles = Steckbriefe.all(copy).stream()
                        .filter(p -> selectedProfiles.stream().anyMatch(s -> copier.get(s) == p)).toList();
                scope = profiles.size() == 1 ? Scope.PROFILE : Scope.SELECTION;
            } else {
                profiles = Steckbriefe.all(copy);
                scope = Scope.REGISTER;
            }
        } else {
            file = page.registerFile();
            copy = null;
            profiles = null;
            scope = Scope.REGISTER;
        }
        String failure = WizardJob.run(getContainer(), NLS.bind(Messages.Export_Job, exporter.label(),
                target.getFileName()), monitor -> {
                    ProcessRegister register = copy != null ? copy : RegisterStore.load(file);
                    ExportRequest request = new ExportRequest(register,
                            profiles != null ? profiles : Steckbriefe.all(register), scope, file, options);
                    lastReport = ExportFiles.write(exporter.create(), request, target, monitor);
                });
        if (failure != null) {
            page.setErrorMessage(failure.isEmpty() ? null : failure);
            return false;
        }
        // After the wizard has closed: the report of what was mapped, created, skipped or rejected.
        Results.show(NLS.bind(Messages.Export_Done, lastReport.profiles(), target), lastReport);
        return true;
    }
}
