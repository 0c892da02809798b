/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.DialogWatcher;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.HandCountedRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.catalog.internal.CatalogueReferencesHandler;
import org.prozesswerk.tests.support.OpenRegisters;

/**
 * „Verweise hierher umstellen…“ and „Bezeichnungen aktualisieren“ of the catalogue browser on an open register with
 * real LeiKa references: each one undoable step in the register, the report dialog in German.
 */
class CatalogueReferencesWorkbenchTest {

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenRegisters registers = new OpenRegisters();

    private RegisterDocument document;
    private final List<String> dialogs = new ArrayList<>();
    /** Closes each report as it appears, keeping its title and label texts, each after " | ". */
    private final DialogWatcher reports = new DialogWatcher(s -> s.getData() instanceof MessageDialog, s -> {
        StringBuilder text = new StringBuilder(s.getText());
        Controls.all(s, Label.class).forEach(label -> text.append(" | ").append(label.getText()));
        dialogs.add(text.toString());
        ((MessageDialog) s.getData()).close();
    });

    @AfterEach
    void close() {
        reports.stop();
    }

    private ProcessRegister open(String staleLabel) throws Exception {
        ProcessRegister register = HandCountedRegister.register();
        reference(register, "p1").setLabel(staleLabel);
        Path file = directory.resolve("register.pwreg");
        RegisterStore.save(register, file);
        document = registers.open(file);
        return document.register();
    }

    private static CatalogueReference reference(ProcessRegister register, String profileId) {
        ProcessProfile profile = null;
        for (var it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ProcessProfile p && profileId.equals(p.getId())) {
                profile = p;
            }
        }
        return java.util.Objects.requireNonNull(profile, profileId).getCatalogueReferences().stream()
                .filter(r -> "leika".equals(r.getCatalogueId())).findFirst().orElseThrow();
    }

    @Test
    void refreshLabelsAndRelinkInOpenRegisters() throws Exception {
        ProcessRegister register = open("Veraltete Bezeichnung");
        Catalogue leika = CatalogueRegistry.getDefault().catalogue("leika").orElseThrow();
        CatalogueEntry abbruch = leika.entry(HandCountedRegister.ABBRUCH_ERTEILUNG).orElseThrow();

        // through the handler, as the menu runs it: one step, and a report
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        reports.start(Display.getCurrent());
        new CatalogueReferencesHandler.RefreshLabels().run(shell, new CatalogueEntryRef(leika, abbruch));
        reports.stop();
        EventLoop.drain();
        assertEquals(abbruch.label(), reference(register, "p1").getLabel());
        assertEquals(1, dialogs.size(), dialogs.toString());
        assertTrue(dialogs.get(0).startsWith("Bezeichnungen aktualisieren | "), dialogs.get(0));
        assertTrue(dialogs.get(0).contains("in 1 Registern"), dialogs.get(0));
        document.editingDomain().getCommandStack().undo();
        assertEquals("Veraltete Bezeichnung", reference(register, "p1").getLabel());

        // both Steckbriefe move from the Abbruch key to the Bau key in one step; undo brings them back
        CatalogueEntry bau = leika.entry(HandCountedRegister.BAU_ERTEILUNG).orElseThrow();
        int[] counts = CatalogueReferencesHandler.relink(leika, HandCountedRegister.ABBRUCH_ERTEILUNG, bau);
        assertEquals(2, counts[0]);
        assertEquals(1, counts[1]);
        assertEquals(HandCountedRegister.BAU_ERTEILUNG, reference(register, "p1").getKey());
        assertEquals(bau.label(), reference(register, "p2").getLabel());
        assertTrue(document.isDirty());
        document.editingDomain().getCommandStack().undo();
        assertEquals(HandCountedRegister.ABBRUCH_ERTEILUNG, reference(register, "p1").getKey());
        assertEquals(HandCountedRegister.ABBRUCH_ERTEILUNG, reference(register, "p2").getKey());
        assertEquals(0, CatalogueReferencesHandler.relink(leika, "99999999999999", bau)[0], "nothing refers to it");
    }
}
