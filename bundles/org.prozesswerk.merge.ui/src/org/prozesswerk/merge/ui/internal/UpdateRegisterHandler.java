/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.ui.RegisterDocument;

/** „Register aktualisieren…“ on the selected register; reports what the merge could not keep as it was. */
public final class UpdateRegisterHandler extends RegisterHandler {

    public UpdateRegisterHandler() {
        super(Messages.updateTitle);
    }

    @Override
    void run(ExecutionEvent event, Shell shell, RegisterDocument document) {
        UpdateRegisterDialog dialog = new UpdateRegisterDialog(shell, document);
        if (dialog.open() == Window.OK && !dialog.notes().isEmpty()) {
            String text = String.join("\n", dialog.notes());
            ILog.of(UpdateRegisterHandler.class).warn(Messages.notesTitle + "\n" + text);
            MessageDialog.openWarning(shell, Messages.notesTitle, text);
        }
    }
}
