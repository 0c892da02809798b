/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.ui.RegisterDocument;

/** „Register aktualisieren…“ on the selected register; reports what the merge could not keep as it was. */
public final class UpdateRegisterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        RegisterDocument document = Targets.document(event);
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.updateTitle, Messages.chooseRegister);
            return null;
        }
        UpdateRegisterDialog dialog = new UpdateRegisterDialog(shell, document);
        if (dialog.open() == Window.OK && !dialog.notes().isEmpty()) {
            String text = String.join("\n", dialog.notes());
            ILog.of(UpdateRegisterHandler.class).warn(Messages.notesTitle + "\n" + text);
            MessageDialog.openWarning(shell, Messages.notesTitle, text);
        }
        return null;
    }
}
