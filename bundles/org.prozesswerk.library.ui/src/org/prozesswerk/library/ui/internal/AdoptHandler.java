/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;

/**
 * „Aus Bibliothek übernehmen…“ on the items selected in the Bibliothek view: register, folder and responsible unit
 * in the dialog, then one undoable command; the Steckbriefe remember library, item and commit.
 */
public final class AdoptHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        LibraryView view = part instanceof LibraryView v ? v
                : (LibraryView) HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(LibraryView.ID);
        if (view == null || view.selectedItems().isEmpty() || view.shownConnection() == null) {
            MessageDialog.openInformation(shell, Messages.adoptTitle, Messages.adoptChooseItems);
            return null;
        }
        AdoptDialog dialog = new AdoptDialog(shell, view.selectedItems().size());
        if (dialog.open() == Window.OK) {
            adopt(shell, view.shownConnection(), view.selectedItems(), dialog);
        }
        return null;
    }

    /** Adopts as the answered dialog says and reports; an error leaves the register untouched. */
    static LibraryWork.Adoption adopt(Shell shell, LibraryConnections.Connection connection, List<LibraryItem> items,
            AdoptDialog dialog) {
        try (Library library = LibraryConnections.getDefault().open(connection)) {
            LibraryWork.Adoption done = LibraryWork.adopt(dialog.document(), library,
                    items.stream().map(LibraryItem::id).toList(), dialog.folder(), dialog.unit());
            if (!done.unresolved().isEmpty()) {
                MessageDialog.openWarning(shell, Messages.adoptTitle, NLS.bind(Messages.adoptUnresolved,
                        String.join(", ", done.unresolved())));
            }
            return done;
        } catch (LibraryException e) {
            MessageDialog.openError(shell, Messages.adoptTitle, e.getMessage());
            return null;
        }
    }
}
