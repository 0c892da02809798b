package org.prozesswerk.bpmn.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.prozesswerk.bpmn.ui.BpmnEditors;

/** Datei &gt; Neu &gt; BPMN-Modell: a new .bpmn file from the template, opened in the modeler. */
public final class NewBpmnModelWizard extends BasicNewResourceWizard {

    private WizardNewFileCreationPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        super.init(workbench, currentSelection);
        setWindowTitle(Messages.Wizard_Title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("newBpmnModel", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                try {
                    return new ByteArrayInputStream(NewModelTemplate.create().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    ILog.of(NewBpmnModelWizard.class).error("BPMN template not readable", e);
                    return null;
                }
            }
        };
        page.setTitle(Messages.Wizard_PageTitle);
        page.setDescription(Messages.Wizard_PageDescription);
        page.setFileName(Messages.Wizard_DefaultFileName);
        page.setFileExtension("bpmn");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        IWorkbenchWindow window = getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage activePage = window == null ? null : window.getActivePage();
        if (activePage != null) {
            try {
                IDE.openEditor(activePage, file, BpmnEditors.EDITOR_ID, true);
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), Messages.Wizard_Title,
                        NLS.bind(Messages.Wizard_OpenFailed, e.getMessage()));
            }
        }
        return true;
    }
}
