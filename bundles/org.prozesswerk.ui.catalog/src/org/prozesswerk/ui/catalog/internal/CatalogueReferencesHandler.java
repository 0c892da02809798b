/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.ui.catalog.internal;

import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueReferenceCommands;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.catalog.CatalogueEntryRef;

/**
 * The two commands of a new catalogue version in the workbench, on the entry selected in the catalogue browser and
 * every open register (docs/catalogues.md): „Verweise hierher umstellen…“ moves the references to a key (e.g. one
 * the new version dropped) onto the selected entry; „Bezeichnungen aktualisieren“ refreshes the label snapshots of
 * all references to the catalogue. Each is one EMF command per register (undo in that register).
 */
public abstract class CatalogueReferencesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof CatalogueEntryRef ref) {
            run(HandlerUtil.getActiveShell(event), ref);
        }
        return null;
    }

    /** Runs the command on {@code ref} (dialogs parented to {@code shell}). */
    public abstract void run(Shell shell, CatalogueEntryRef ref);

    /** „Verweise hierher umstellen…“. */
    public static final class Relink extends CatalogueReferencesHandler {

        @Override
        public void run(Shell shell, CatalogueEntryRef ref) {
            InputDialog dialog = new InputDialog(shell, Messages.Relink_Title,
                    NLS.bind(Messages.Relink_Prompt, ref.key(), ref.entry().label()), "", text -> {
                        String key = text.strip();
                        if (key.isEmpty()) {
                            return Messages.Relink_NoKey;
                        }
                        return key.equals(ref.key()) ? Messages.Relink_SameKey : null;
                    });
            if (dialog.open() == Window.OK) {
                int[] counts = relink(ref.catalogue(), dialog.getValue().strip(), ref.entry());
                MessageDialog.openInformation(shell, Messages.Relink_Title, NLS.bind(Messages.Relink_Done,
                        new Object[] { counts[0], dialog.getValue().strip(), ref.key(), counts[1] }));
            }
        }
    }

    /** „Bezeichnungen aktualisieren“. */
    public static final class RefreshLabels extends CatalogueReferencesHandler {

        @Override
        public void run(Shell shell, CatalogueEntryRef ref) {
            int[] counts = refreshLabels(ref.catalogue());
            MessageDialog.openInformation(shell, Messages.Refresh_Title, NLS.bind(Messages.Refresh_Done,
                    new Object[] { counts[0], ref.catalogue().name(), counts[1] }));
        }
    }

    /**
     * Moves the references of every open register from {@code oldKey} to {@code successor}.
     *
     * @return the number of references moved and of registers changed
     */
    public static int[] relink(Catalogue catalogue, String oldKey, CatalogueEntry successor) {
        int references = 0;
        int registers = 0;
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            int count = CatalogueReferenceCommands.referencesTo(document.register(), catalogue.id(), Set.of(oldKey))
                    .size();
            Command command = CatalogueReferenceCommands.moveToSuccessor(document.editingDomain(),
                    document.register(), catalogue, oldKey, successor);
            if (count > 0 && command.canExecute()) {
                document.editingDomain().getCommandStack().execute(command);
                references += count;
                registers++;
            }
        }
        return new int[] { references, registers };
    }

    /**
     * Refreshes the label snapshots and catalogue versions of every open register's references to {@code catalogue}.
     *
     * @return the number of fields set and of registers changed
     */
    public static int[] refreshLabels(Catalogue catalogue) {
        int changes = 0;
        int registers = 0;
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            Command command = CatalogueReferenceCommands.refreshLabels(document.editingDomain(),
                    document.register(), catalogue);
            if (command.canExecute()) {
                document.editingDomain().getCommandStack().execute(command);
                changes += command instanceof CompoundCommand compound ? compound.getCommandList().size() : 1;
                registers++;
            }
        }
        return new int[] { changes, registers };
    }
}
