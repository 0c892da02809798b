/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.ui.internal;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.RegisterRights;

/**
 * Who am I: when a register with roles and rights is opened and no person is known yet (no preference, no library
 * account), the workbench asks once for the account and remembers it (docs/roles.md).
 */
public final class PersonPrompt {

    private PersonPrompt() {
    }

    /** Asks for the account if {@code register} has roles and rights and nobody is signed in (UI thread only). */
    public static void askOnce(ProcessRegister register) {
        Display display = Display.getCurrent();
        if (display == null || CurrentPerson.account() != null || !RegisterRights.policy(register).isActive()) {
            return;
        }
        InputDialog dialog = new InputDialog(display.getActiveShell(), Messages.Rights_Person_Title,
                NLS.bind(Messages.Rights_Person_Prompt, register.getName()), "", null);
        if (dialog.open() == Window.OK && !dialog.getValue().isBlank()) {
            CurrentPerson.remember(dialog.getValue().trim());
        }
    }
}
