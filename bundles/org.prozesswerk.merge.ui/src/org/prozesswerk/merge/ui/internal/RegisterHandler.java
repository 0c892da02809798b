/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.ui.RegisterDocument;

/**
 * A command on the register it targets ({@link Targets#document}); without one the user is told to choose a register
 * first, in a message titled like the command.
 */
abstract class RegisterHandler extends AbstractHandler {

    private final String title;

    RegisterHandler(String title) {
        this.title = title;
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        RegisterDocument document = Targets.document(event);
        if (document == null) {
            MessageDialog.openInformation(shell, title, Messages.chooseRegister);
        } else {
            run(event, shell, document);
        }
        return null;
    }

    /** Runs the command on {@code document}. */
    abstract void run(ExecutionEvent event, Shell shell, RegisterDocument document);
}
