/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.merge.RegisterCompare;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.TitledDialog;

/**
 * „Vergleichen mit…“: asks for the other register (its remembered base version is preselected) and opens the compare
 * editor on the differences other → this register.
 */
public final class CompareRegisterHandler extends RegisterHandler {

    public CompareRegisterHandler() {
        super(Messages.compareTitle);
    }

    @Override
    void run(ExecutionEvent event, Shell shell, RegisterDocument document) {
        ChooseDialog dialog = new ChooseDialog(shell, document);
        if (dialog.open() != Window.OK || dialog.chosen == null) {
            return;
        }
        try {
            open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), document, dialog.chosen);
        } catch (RegisterLoadException | PartInitException e) {
            MessageDialog.openError(shell, Messages.compareTitle, NLS.bind(Messages.loadFailed, e.getMessage()));
        }
    }

    /** Compares {@code other} (older, left) with the register (newer, right) and opens the compare editor. */
    public static CompareEditor open(IWorkbenchPage page, RegisterDocument document, RegisterSource other)
            throws RegisterLoadException, PartInitException {
        ProcessRegister[] older = { null };
        RegisterLoadException[] failure = { null };
        CompareEditorInput[] input = { null };
        BusyIndicator.showWhile(page.getWorkbenchWindow().getShell().getDisplay(), () -> {
            try {
                older[0] = other.load();
                ProcessRegister newer = document.register();
                input[0] = new CompareEditorInput(NLS.bind(Messages.compareEditorName, document.displayName(),
                        other.label()), other.shortLabel(), document.displayName(),
                        Changes.twoWay(RegisterCompare.compare(older[0], newer), older[0], newer));
            } catch (RegisterLoadException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return (CompareEditor) page.openEditor(input[0], CompareEditor.ID);
    }

    /** Asks for the register to compare with. */
    private static final class ChooseDialog extends TitledDialog {
        private final RegisterDocument document;
        private SourceChooser chooser;
        RegisterSource chosen;

        ChooseDialog(Shell shell, RegisterDocument document) {
            super(shell, Messages.compareTitle, 3);
            this.document = document;
        }

        @Override
        protected void createBody(Composite body) {
            setTitle(NLS.bind(Messages.compareHeading, document.displayName()));
            setMessage(Messages.compareMessage);
            List<RegisterSource> sources = new ArrayList<>();
            RegisterSource base = RegisterSource.rememberedBase(document.register());
            sources.addAll(RegisterSource.builtIn());
            chooser = new SourceChooser(body, Messages.compareWith, sources);
            if (base != null) {
                chooser.select(base);
            }
        }

        @Override
        protected void okPressed() {
            chosen = chooser.selection();
            super.okPressed();
        }
    }
}
