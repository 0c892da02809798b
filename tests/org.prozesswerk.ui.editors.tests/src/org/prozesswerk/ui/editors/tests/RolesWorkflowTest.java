/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.ui.editors.tests.Widgets.drain;
import static org.prozesswerk.ui.editors.tests.Widgets.find;
import static org.prozesswerk.ui.editors.tests.Widgets.fire;
import static org.prozesswerk.ui.editors.tests.Widgets.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.RightsCommandStack;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.editors.internal.HistoryPage;
import org.prozesswerk.ui.editors.internal.StatusChangeDialog;
import org.prozesswerk.tests.support.Workbenches;

/**
 * The release workflow with roles in the real editor (Historie page, status dialog): a Modellierer submits, a
 * Methodenprüfer checks, a Freigeber releases; the same Freigeber, after changing the content of a new version, cannot
 * release it (four-eyes) and sees why. Screenshots go to target/screenshots.
 */
class RolesWorkflowTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    @TempDir
    Path directory;
    private RegisterDocument document;
    private IWorkbenchPage page;

    @BeforeEach
    void openRegister() throws Exception {
        ProcessRegister register = EditorFixture.register();
        AccessControl ac = F.createAccessControl();
        register.setAccessControl(ac);
        assign(ac, TestRegisters.person(ac, "mo", "Moritz Modell"), Role.MODELLER);
        assign(ac, TestRegisters.person(ac, "mp", "Mia Prüfer"), Role.METHOD_REVIEWER);
        Person fg = TestRegisters.person(ac, "fg", "Frieda Freigabe");
        assign(ac, fg, Role.RELEASER);
        assign(ac, fg, Role.MODELLER);
        assign(ac, TestRegisters.person(ac, "ad", "Adam Admin"), Role.ADMINISTRATOR);
        Path file = directory.resolve("Rollen.pwreg");
        Files.createDirectories(directory.resolve("modelle"));
        RegisterStore.save(register, file);
        CurrentPerson.set("ad"); // signed in: opening the register does not ask who is working
        document = RegisterDocuments.getDefault().open(file);
        page = Workbenches.page(1600, 1000);
    }

    @AfterEach
    void closeAll() {
        CurrentPerson.set(null);
        Workbenches.closeOtherShells(page);
        Workbenches.closeEditorsAndRegisters(page);
    }

    private static void assign(AccessControl ac, Person p, Role role) {
        TestRegisters.role(ac, p, role, null);
    }

    private void change(HistoryPage history, String account, String target) {
        CurrentPerson.set(account);
        StatusChangeDialog dialog = history.createStatusDialog();
        dialog.setBlockOnOpen(false);
        dialog.open();
        drain();
        Widgets.select(find(dialog.getShell(), "statusDialog.target", Combo.class), target);
        fire(dialog.okButton(), SWT.Selection);
        history.apply(dialog);
        drain();
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        Path file = Screenshots.take(shell, name);
        assertTrue(Files.size(file) > 5_000, "screenshot suspiciously small: " + file);
    }

    @Test
    void modellerSubmitsReviewerChecksReleaserReleasesButNotOwnWork() throws Exception {
        ProcessProfile profile = (ProcessProfile) document.register().eResource().getEObject(EditorFixture.GEWERBE_ID);
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class,
                page.openEditor(ProfileEditorInput.of(document, profile), ProfileEditor.ID));
        HistoryPage history = assertInstanceOf(HistoryPage.class, editor.showPage(HistoryPage.ID));
        drain();
        RightsCommandStack stack = assertInstanceOf(RightsCommandStack.class,
                document.editingDomain().getCommandStack());
        Shell shell = editor.getSite().getShell();

        change(history, "mo", "in Bearbeitung");
        change(history, "mo", "Entwurf");
        assertEquals(FimStatus.DRAFT, profile.getStatus());
        change(history, "mo", "methodisch freigegeben"); // not his role
        assertEquals(FimStatus.DRAFT, profile.getStatus());
        assertEquals(Decision.Rule.ROLE, stack.lastRefusal().rule());
        assertTrue(stack.lastRefusal().reason().contains("Methodenprüfer"), stack.lastRefusal().reason());
        closeNotices(shell);
        change(history, "mp", "methodisch freigegeben");
        change(history, "fg", "fachlich freigegeben (silber)");
        assertEquals(FimStatus.TECHNICALLY_RELEASED_SILVER, profile.getStatus());
        List<List<String>> changes = rows(find(history.getPartControl(), "history.table", Table.class));
        assertEquals(List.of("fg", "mp", "mo", "mo"), changes.subList(0, 4).stream().map(r -> r.get(3)).toList(),
                "the history records the signed-in person, not the login: " + changes);
        screenshot(shell, "rollen-1-freigegeben");

        // Frieda starts a new version, improves the name herself, the team submits and checks again ...
        change(history, "fg", "in Bearbeitung");
        CurrentPerson.set("fg");
        document.editingDomain().getCommandStack().execute(SetCommand.create(document.editingDomain(), profile,
                ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME, "Gewerbeanmeldung bearbeiten (neu)"));
        assertEquals("fg", profile.getLastEditor());
        change(history, "mo", "Entwurf");
        change(history, "mp", "methodisch freigegeben");
        // ... and she cannot release her own change.
        change(history, "fg", "fachlich freigegeben (silber)");
        assertEquals(FimStatus.METHODICALLY_RELEASED, profile.getStatus());
        Decision refusal = stack.lastRefusal();
        assertNotNull(refusal);
        assertEquals(Decision.Rule.FOUR_EYES, refusal.rule());
        Shell notice = notice(shell);
        assertNotNull(notice, "the refusal is shown");
        screenshot(notice, "rollen-2-vier-augen");
        closeNotices(shell);

        // The released content is read-only: nobody changes the name of a released Steckbrief.
        change(history, "ad", "fachlich freigegeben (silber)"); // an administrator is no Freigeber
        assertEquals(FimStatus.METHODICALLY_RELEASED, profile.getStatus());
        closeNotices(shell);
        CurrentPerson.set("mo");
        document.editingDomain().getCommandStack().execute(SetCommand.create(document.editingDomain(), profile,
                ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME, "Heimlich geändert"));
        assertEquals("Gewerbeanmeldung bearbeiten (neu)", profile.getName());
        assertEquals(Decision.Rule.RELEASED, stack.lastRefusal().rule());
        screenshot(shell, "rollen-3-historie");
    }

    private static Shell notice(Shell main) {
        for (Shell s : main.getDisplay().getShells()) {
            if (s != main && !s.isDisposed() && "Nicht erlaubt".equals(s.getText())) {
                return s;
            }
        }
        return null;
    }

    private static void closeNotices(Shell main) {
        for (Shell s = notice(main); s != null; s = notice(main)) {
            s.close();
            drain();
        }
    }
}
