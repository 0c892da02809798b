/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.rights.ui.RightsEditor;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** „Rollen und Rechte…“: opens the editor for the register selected in the navigator (or its element's register). */
public final class OpenRightsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        RegisterDocument document = null;
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            Object first = s.getFirstElement();
            if (first instanceof RegisterDocument d) {
                document = d;
            } else if (first instanceof EObject e) {
                document = RegisterDocuments.getDefault().documentOf(e).orElse(null);
            }
        }
        if (document == null && RegisterDocuments.getDefault().documents().size() == 1) {
            document = RegisterDocuments.getDefault().documents().get(0);
        }
        if (document == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Open_Title,
                    Messages.Open_NoRegister);
            return null;
        }
        try {
            RightsEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), document);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
