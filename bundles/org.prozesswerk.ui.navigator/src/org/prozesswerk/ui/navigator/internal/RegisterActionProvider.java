package org.prozesswerk.ui.navigator.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.ProfileEditors;

/** Open (double-click), delete and close-register actions of the navigator. */
public final class RegisterActionProvider extends CommonActionProvider {

    /** The Steckbrief editor, contributed by the editor bundle. */

    private IWorkbenchPage page;
    private Action open;
    private Action delete;
    private Action closeRegister;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (!(site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite)) {
            return;
        }
        page = workbenchSite.getPage();
        open = new Action(Messages.Action_Open) {
            @Override
            public void run() {
                openSelection();
            }
        };
        delete = new Action(Messages.Action_Delete) {
            @Override
            public void run() {
                deleteSelection();
            }
        };
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        closeRegister = new Action(Messages.Action_CloseRegister) {
            @Override
            public void run() {
                closeSelectedRegisters();
            }
        };
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (open == null) {
            return;
        }
        IStructuredSelection selection = selection();
        open.setEnabled(!profiles(selection).isEmpty());
        delete.setEnabled(!deletable(selection).isEmpty());
        bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (open == null) {
            return;
        }
        IStructuredSelection selection = selection();
        if (!profiles(selection).isEmpty()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
        if (!deletable(selection).isEmpty()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, delete);
        }
        if (selection.getFirstElement() instanceof RegisterDocument) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_ADDITIONS, closeRegister);
        }
    }

    private IStructuredSelection selection() {
        return (IStructuredSelection) getContext().getSelection();
    }

    private void openSelection() {
        for (ProcessProfile profile : profiles(selection())) {
            ProfileEditors.open(page, profile);
        }
    }

    private void deleteSelection() {
        List<EObject> objects = deletable(selection());
        if (objects.isEmpty()) {
            return;
        }
        RegisterDocuments.getDefault().documentOf(objects.get(0)).ifPresent(document -> {
            Command command = DeleteCommand.create(document.editingDomain(), objects);
            if (command.canExecute()) {
                document.editingDomain().getCommandStack().execute(command);
            }
        });
    }

    private void closeSelectedRegisters() {
        for (Object element : selection().toList()) {
            if (element instanceof RegisterDocument document) {
                if (document.isDirty()) {
                    int answer = new MessageDialog(page.getWorkbenchWindow().getShell(), Messages.Close_Dirty_Title,
                            null, NLS.bind(Messages.Close_Dirty_Message, document.displayName()),
                            MessageDialog.QUESTION, 0, org.eclipse.jface.dialogs.IDialogConstants.YES_LABEL,
                            org.eclipse.jface.dialogs.IDialogConstants.NO_LABEL,
                            org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL).open();
                    if (answer == 2 || answer < 0) {
                        return;
                    }
                    if (answer == 0) {
                        try {
                            document.saveable().doSave(null);
                        } catch (CoreException e) {
                            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Close_Dirty_Title,
                                    e.getMessage());
                            return;
                        }
                    }
                }
                closeEditorsOf(document);
                RegisterDocuments.getDefault().close(document);
            }
        }
    }

    private void closeEditorsOf(RegisterDocument document) {
        for (var reference : page.getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof ProfileEditorInput input
                        && input.document().orElse(null) == document) {
                    page.closeEditors(new org.eclipse.ui.IEditorReference[] { reference }, false);
                }
            } catch (PartInitException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }

    private static List<ProcessProfile> profiles(IStructuredSelection selection) {
        List<ProcessProfile> profiles = new ArrayList<>();
        for (Object element : selection.toList()) {
            if (element instanceof ProcessProfile profile) {
                profiles.add(profile);
            }
        }
        return profiles;
    }

    /** Model elements of one register that can be deleted (the register itself and groups cannot). */
    private static List<EObject> deletable(IStructuredSelection selection) {
        List<EObject> objects = new ArrayList<>();
        RegisterDocument owner = null;
        for (Object element : selection.toList()) {
            if (!(element instanceof EObject object) || object.eContainer() == null) {
                return List.of();
            }
            RegisterDocument document = RegisterDocuments.getDefault().documentOf(object).orElse(null);
            if (document == null || owner != null && owner != document) {
                return List.of();
            }
            owner = document;
            objects.add(object);
        }
        return objects;
    }
}
