/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** "Register prüfen": checks every open register and brings the Problems view to the front. */
public final class ValidateRegisterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        List<RegisterDocument> documents = RegisterDocuments.getDefault().documents();
        if (documents.isEmpty()) {
            MessageDialog.openInformation(window == null ? null : window.getShell(), null, Messages.noRegisterOpen);
            return null;
        }
        boolean[] rulesBroken = { false };
        BusyIndicator.showWhile(PlatformUI.getWorkbench().getDisplay(), () -> {
            for (RegisterDocument document : documents) {
                rulesBroken[0] |= RegisterChecker.check(document) == null;
            }
        });
        if (window != null && window.getActivePage() != null) {
            try {
                window.getActivePage().showView("org.eclipse.ui.views.ProblemView");
            } catch (org.eclipse.ui.PartInitException e) {
                // the Problems view is optional in a stripped-down product
            }
        }
        if (rulesBroken[0] && window != null) {
            MessageDialog.openWarning(window.getShell(), null, Messages.ruleFilesInvalid);
        }
        return null;
    }
}
