package org.prozesswerk.muster.ui.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.ui.RegisterOpener;

/**
 * Datei › Neu › Neues Register aus Muster: derives a municipality's own register from the Musterregister (size class,
 * optional units it does not have), saves it and opens it. The Musterregister itself is never changed.
 */
public final class RegisterFromMusterWizard extends Wizard implements INewWizard {

    private RegisterFromMusterPage page;

    public RegisterFromMusterWizard() {
        setWindowTitle(Messages.Wizard_Title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the wizard does not depend on the selection
    }

    @Override
    public void addPages() {
        page = new RegisterFromMusterPage(DemoRegisterStartup.workspace());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        SizeClass sizeClass = page.sizeClass();
        Set<String> dropped = page.droppedUnits();
        String name = page.registerName();
        Path file = page.file();
        Shell shell = getShell().getParent() instanceof Shell parent ? parent : getShell();
        Job job = new Job(NLS.bind(Messages.Derive_Job, name)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ProcessRegister template = MusterRegister.generate(sizeClass).register();
                    // Units the size class does not have are gone already; dropping them again is no error.
                    Set<String> present = new HashSet<>();
                    OrgChartDerivation.allUnits(template.getOrganisation()).forEach(unit -> {
                        present.add(unit.getId());
                        present.add(unit.getShortCode());
                    });
                    Set<String> drop = new HashSet<>(dropped);
                    drop.retainAll(present);
                    OrgChartDerivation.Result result =
                            OrgChartDerivation.derive(template, new OrgChartDerivation.Spec(sizeClass, drop, name));
                    RegisterStore.save(result.register(), file);
                    int profiles = RegisterStatistics.compute(result.register()).profiles();
                    Display.getDefault().asyncExec(() -> {
                        RegisterOpener.open(file, document -> {
                            // the navigator shows it
                        });
                        MessageDialog.openInformation(shell, Messages.Derive_Report_Title,
                                NLS.bind(Messages.Derive_Report, new Object[] { profiles,
                                        result.removedUnits().size(),
                                        result.moves().size() - result.flaggedCount(), result.flaggedCount() }));
                    });
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    Display.getDefault().asyncExec(() -> MessageDialog.openError(shell, Messages.Wizard_Title,
                            NLS.bind(Messages.Derive_Failed, e.getMessage())));
                    return Status.OK_STATUS;
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return true;
    }
}
