package org.prozesswerk.ui.navigator.internal;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Moves Steckbriefe and folders by drag and drop onto a folder (or onto "Ohne Ordner"), as one undoable command
 * on the register's command stack. Moves across registers and a folder into itself are refused.
 */
public final class RegisterDropAssistant extends CommonDropAdapterAssistant {

    @Override
    public IStatus validateDrop(Object target, int operation, TransferData transferType) {
        if (!LocalSelectionTransfer.getTransfer().isSupportedType(transferType)) {
            return Status.CANCEL_STATUS;
        }
        return moveCommand(target, LocalSelectionTransfer.getTransfer().getSelection()).canExecute()
                ? Status.OK_STATUS : Status.CANCEL_STATUS;
    }

    @Override
    public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
        Command command = moveCommand(target, LocalSelectionTransfer.getTransfer().getSelection());
        if (!command.canExecute()) {
            return Status.CANCEL_STATUS;
        }
        RegisterDocument document = Nodes.documentOf(target);
        document.editingDomain().getCommandStack().execute(command);
        return Status.OK_STATUS;
    }

    /** The move of the selection to the target, or an unexecutable command when the drop makes no sense. */
    public static Command moveCommand(Object target, ISelection selection) {
        RegisterDocument document = Nodes.documentOf(target);
        if (document == null || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject owner;
        if (target instanceof Folder folder) {
            owner = folder;
        } else if (target instanceof RegisterGroup group && group.kind() == RegisterGroup.Kind.UNFILED) {
            owner = document.register();
        } else {
            return UnexecutableCommand.INSTANCE;
        }
        EditingDomain domain = document.editingDomain();
        CompoundCommand move = new CompoundCommand(Messages.Drop_Move);
        for (Object element : (List<?>) structured.toList()) {
            EReference feature = featureFor(owner, element);
            EObject object = (EObject) element;
            if (feature == null || RegisterDocuments.getDefault().documentOf(object).orElse(null) != document
                    || object.eContainer() == owner || EcoreUtil.isAncestor(object, owner)) {
                return UnexecutableCommand.INSTANCE;
            }
            move.append(RemoveCommand.create(domain, object.eContainer(), object.eContainmentFeature(), object));
            move.append(AddCommand.create(domain, owner, feature, object));
        }
        return move;
    }

    private static EReference featureFor(EObject owner, Object element) {
        ProzesswerkPackage pkg = ProzesswerkPackage.eINSTANCE;
        if (element instanceof ProcessProfile) {
            return owner instanceof Folder ? pkg.getFolder_Profiles() : pkg.getProcessRegister_UnfiledProfiles();
        }
        if (element instanceof Folder && owner instanceof Folder) {
            return pkg.getFolder_Folders();
        }
        return null;
    }
}
