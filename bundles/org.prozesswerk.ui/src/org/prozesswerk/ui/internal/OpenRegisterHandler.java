package org.prozesswerk.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.ui.RegisterOpener;

/** Datei › Register öffnen…: picks a register file and opens it in the background. */
public final class OpenRegisterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText(Messages.Open_Dialog_Title);
        dialog.setFilterExtensions(new String[] { "*.pwreg;*.pwregb", "*" });
        dialog.setFilterNames(new String[] { Messages.Open_Filter_Registers, Messages.Open_Filter_All });
        RecentRegisters.list().stream().findFirst()
                .ifPresent(last -> dialog.setFilterPath(last.toAbsolutePath().getParent().toString()));
        String chosen = dialog.open();
        if (chosen != null) {
            RegisterOpener.open(Path.of(chosen), document -> {
                // the navigator shows the register; nothing else to open
            });
        }
        return null;
    }
}
