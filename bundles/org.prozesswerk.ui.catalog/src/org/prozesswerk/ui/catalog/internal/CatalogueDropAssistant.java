package org.prozesswerk.ui.catalog.internal;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.catalog.CatalogueEntryRef;
import org.prozesswerk.ui.catalog.CatalogueLinks;

/**
 * Drop of catalogue entries (dragged from the catalogue browser) onto a Steckbrief in the register navigator: adds
 * the catalogue references as one undoable command. Entries the Steckbrief already references are not added again.
 */
public final class CatalogueDropAssistant extends CommonDropAdapterAssistant {

    @Override
    public boolean isSupportedType(TransferData transferType) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(transferType);
    }

    @Override
    public IStatus validateDrop(Object target, int operation, TransferData transferType) {
        if (!isSupportedType(transferType) || !command(target).canExecute()) {
            return Status.CANCEL_STATUS;
        }
        DropTargetEvent event = getCurrentEvent();
        if (event != null && (event.detail == DND.DROP_MOVE || event.detail == DND.DROP_DEFAULT)) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_LINK;
        }
        return Status.OK_STATUS;
    }

    @Override
    public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
        Command command = command(target);
        if (!command.canExecute()) {
            return Status.CANCEL_STATUS;
        }
        RegisterDocuments.getDefault().documentOf((ProcessProfile) target)
                .ifPresent(document -> document.editingDomain().getCommandStack().execute(command));
        return Status.OK_STATUS;
    }

    private static Command command(Object target) {
        List<CatalogueEntryRef> entries = CatalogueLinks.entriesIn(LocalSelectionTransfer.getTransfer().getSelection());
        ProcessProfile profile = target instanceof ProcessProfile p ? p : null;
        RegisterDocument document = profile == null ? null
                : RegisterDocuments.getDefault().documentOf(profile).orElse(null);
        return CatalogueLinks.linkCommand(document, profile, entries);
    }
}
