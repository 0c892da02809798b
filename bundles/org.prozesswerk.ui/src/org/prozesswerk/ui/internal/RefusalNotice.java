/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.rights.Decision;

/**
 * Shows why the rights check refused a command (missing role or right), without blocking the caller: the command was
 * already undone by the command stack, the notice only tells the person.
 */
public final class RefusalNotice {

    private RefusalNotice() {
    }

    /** Opens a non-blocking error dialog with the decision's reason. */
    public static void show(Decision decision) {
        Display display = Display.getCurrent();
        if (display == null) {
            return; // not in the UI thread (headless use of a workbench document): the stack keeps lastRefusal()
        }
        Shell parent = display.getActiveShell();
        MessageDialog dialog = new MessageDialog(parent, Messages.Rights_Refused_Title, null, decision.reason(),
                MessageDialog.ERROR, 0, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
