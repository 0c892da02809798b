/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** „Bibliothek verbinden…“: the connect dialog, then the Bibliothek view. */
public final class ConnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ConnectDialog dialog = new ConnectDialog(HandlerUtil.getActiveShell(event), LibraryConnections.getDefault());
        if (dialog.open() == ConnectDialog.OK) {
            try {
                HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(LibraryView.ID);
            } catch (PartInitException e) {
                // the library is connected; the view is only a convenience here
            }
        }
        return null;
    }
}
