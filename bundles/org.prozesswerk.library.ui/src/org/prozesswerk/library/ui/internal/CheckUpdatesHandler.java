/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.merge.ui.internal.UpdateRegisterDialog;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * „Aktualisierungen prüfen“: for each connected library the register's Steckbriefe came from, pull and list the
 * adopted Steckbriefe whose item changed; take the changes in with the register update dialog (three-way merge, base
 * = the adopted version, the same preview and conflict decisions), one undoable command.
 */
public final class CheckUpdatesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        RegisterDocument document = target(HandlerUtil.getCurrentSelection(event));
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.updatesTitle, Messages.updatesChooseRegister);
            return null;
        }
        check(shell, document, LibraryConnections.getDefault(), dialog -> dialog.open());
        return null;
    }

    static RegisterDocument target(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            Object first = s.getFirstElement();
            if (first instanceof RegisterDocument d) {
                return d;
            }
            if (first instanceof EObject o) {
                return RegisterDocuments.getDefault().documentOf(o).orElse(null);
            }
        }
        List<RegisterDocument> open = RegisterDocuments.getDefault().documents();
        return open.size() == 1 ? open.get(0) : null;
    }

    /** How the update dialog is shown: open it (the handler) or drive it (the workbench test). */
    interface DialogRunner {
        int run(UpdateRegisterDialog dialog);
    }

    /**
     * Checks every connected library the register refers to; per library with changes the update dialog.
     *
     * @return the number of Steckbriefe whose changes were taken in
     */
    static int check(Shell shell, RegisterDocument document, LibraryConnections connections, DialogRunner runner) {
        List<String> notes = new ArrayList<>();
        int taken = 0;
        boolean any = false;
        for (String url : LibraryWork.sources(document.register())) {
            LibraryConnections.Connection c = connections.byUrl(url).orElse(null);
            if (c == null) {
                notes.add(NLS.bind(Messages.updatesNotConnected, url));
                continue;
            }
            try (Library library = connections.open(c)) {
                LibraryWork.Updates[] found = { null };
                LibraryException[] failure = { null };
                BusyIndicator.showWhile(shell.getDisplay(), () -> {
                    try {
                        found[0] = LibraryWork.updates(document, library);
                    } catch (LibraryException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                LibraryWork.Updates u = found[0];
                for (var removed : u.removed()) {
                    notes.add(NLS.bind(Messages.updatesRemoved, removed.profile().getName(), removed.itemId()));
                }
                if (u.changed().isEmpty()) {
                    continue;
                }
                any = true;
                UpdateRegisterDialog dialog = new UpdateRegisterDialog(shell, document, u.theirs(), u.base());
                if (runner.run(dialog) == Window.OK && dialog.executed() != null) {
                    LibraryWork.copyModels(library, document, u.newItems());
                    taken += u.changed().size();
                    notes.addAll(dialog.notes());
                }
            } catch (LibraryException | IOException e) {
                notes.add(e.getMessage());
            }
        }
        if (!any && notes.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.updatesTitle, Messages.updatesNone);
        } else if (!notes.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.updatesTitle, String.join("\n", notes));
        }
        return taken;
    }
}
