/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.EventLoop.drain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.PersonGroup;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.Role;
import org.prozesswerk.model.RoleAssignment;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.RightsCommandStack;
import org.prozesswerk.rights.ui.RightsEditor;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.tests.support.Workbenches;

/**
 * The „Rollen und Rechte“ editor in the real workbench: an Administrator adds a person, a group with a member, a role
 * for a folder, a folder right and the editorial team by clicking and editing cells; every step is one undoable
 * command; a Modellierer's edits are refused by the rights stack (message naming the Administrator role) and change
 * nothing. Screenshots go to target/screenshots.
 */
class RightsEditorTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    @TempDir
    Path directory;
    private RegisterDocument document;
    private IWorkbenchPage page;
    private Folder gewerbe;

    @BeforeEach
    void openRegister() throws Exception {
        ProcessRegister register = TestRegisters.small("Rollen und Rechte");
        Folder top = TestRegisters.folder("fb-ordnung", "Fachbereich Ordnung");
        gewerbe = TestRegisters.folder("sg-gewerbe", "Gewerbe");
        top.getFolders().add(gewerbe);
        register.getRootFolders().add(top);
        AccessControl ac = F.createAccessControl();
        register.setAccessControl(ac);
        assign(ac, TestRegisters.person(ac, "ad", "Adam Admin"), Role.ADMINISTRATOR);
        assign(ac, TestRegisters.person(ac, "mo", "Moritz Modell"), Role.MODELLER);
        Path file = directory.resolve("Rollen.pwreg");
        RegisterStore.save(register, file);
        CurrentPerson.set("ad");
        document = RegisterDocuments.getDefault().open(file);
        page = Workbenches.page(1600, 1000);
        gewerbe = (Folder) document.register().eResource().getEObject("sg-gewerbe");
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

    @Test
    void administratorEditsEverythingAsUndoableCommandsModellerIsRefused() throws Exception {
        // Opened like the navigator's „Rollen und Rechte…“: the command on the selected register.
        page.showView("org.prozesswerk.ui.navigator");
        drain();
        var navigator = page.findView("org.prozesswerk.ui.navigator");
        navigator.getSite().getSelectionProvider().setSelection(new StructuredSelection(document));
        page.activate(navigator);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.prozesswerk.rights.ui.open",
                null);
        drain();
        RightsEditor editor = assertInstanceOf(RightsEditor.class, page.getActiveEditor());
        assertEquals("Rollen und Rechte \u2013 " + document.displayName(), editor.getPartName());
        AccessControl ac = document.register().getAccessControl();
        RightsCommandStack stack = assertInstanceOf(RightsCommandStack.class,
                document.editingDomain().getCommandStack());
        Composite root = (Composite) editor.form();
        assertNull(editor.form().getMessage(), "an administrator is told nothing");

        // A person: „Hinzufügen“, then name, Behörde and Kennung typed into the cells.
        click(root, "rights.persons.add");
        Person paula = ac.getPersons().get(2);
        TableViewer persons = editor.viewer("rights.persons");
        type(persons, paula, 0, "Paula Prüfer");
        type(persons, paula, 1, "Kreisverwaltung Musterkreis");
        type(persons, paula, 2, "pp");
        assertEquals(List.of("Paula Prüfer", "Kreisverwaltung Musterkreis", "pp"),
                List.of(paula.getName(), paula.getBody(), paula.getAccount()));

        // A group with Paula as member, made the editorial team.
        click(root, "rights.groups.add");
        PersonGroup team = ac.getGroups().get(0);
        TableViewer groups = editor.viewer("rights.groups");
        type(groups, team, 0, "Landesredaktion");
        persons.setSelection(new StructuredSelection(paula));
        groups.setSelection(new StructuredSelection(team));
        click(root, "rights.groups.addMember");
        assertEquals(List.of(paula), team.getMembers());
        Combo editorial = find(root, "rights.editorialTeam", Combo.class);
        editorial.select(1);
        editorial.notifyListeners(SWT.Selection, new Event());
        drain();
        assertEquals(team, ac.getEditorialTeam());

        // Paula is Methodenprüferin in „Gewerbe“ (chosen in the cells) and may only read the whole department.
        persons.setSelection(new StructuredSelection(paula));
        click(root, "rights.roles.add");
        RoleAssignment role = ac.getRoleAssignments().get(2);
        assertEquals(paula, role.getPrincipal());
        TableViewer roles = editor.viewer("rights.roles");
        choose(roles, role, 1, "Methodenprüfer");
        choose(roles, role, 2, "Fachbereich Ordnung \u203a Gewerbe");
        assertEquals(Role.METHOD_REVIEWER, role.getRole());
        assertEquals(gewerbe, role.getFolder());
        click(root, "rights.rights.add");
        FolderRight right = ac.getFolderRights().get(0);
        TableViewer rights = editor.viewer("rights.rights");
        Folder firstFolder = right.getFolder();
        choose(rights, right, 1, "Fachbereich Ordnung \u203a Gewerbe");
        choose(rights, right, 2, "schreiben");
        assertEquals(AccessRight.WRITE, right.getRight());
        assertEquals(gewerbe, right.getFolder());
        assertEquals(List.of(List.of("Paula Prüfer (pp)", "Fachbereich Ordnung \u203a Gewerbe", "schreiben")),
                rows(rights.getTable()));
        assertTrue(document.isDirty());
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED); // the whole page in the picture
        drain();
        Screenshots.settle();
        screenshot(editor.getSite().getShell(), "rollen-und-rechte-1-administrator");

        // Every edit is one command: undo takes back the right, then the folder; redo restores both.
        stack.undo();
        assertEquals(AccessRight.READ, right.getRight());
        assertEquals(gewerbe, right.getFolder());
        stack.undo();
        assertEquals(firstFolder, right.getFolder());
        stack.redo();
        stack.redo();
        assertEquals(AccessRight.WRITE, right.getRight());
        assertEquals(gewerbe, right.getFolder());
        drain();

        // Saved with the register, read back from the file.
        document.save();
        ProcessRegister saved = RegisterStore.load(document.file());
        assertEquals(List.of("ad", "mo", "pp"),
                saved.getAccessControl().getPersons().stream().map(Person::getAccount).toList());
        assertEquals("Landesredaktion", saved.getAccessControl().getEditorialTeam().getName());

        // A Modellierer sees the header message, and each of his edits is refused by the policy in the stack.
        CurrentPerson.set("mo");
        editor.refresh();
        assertNotNull(editor.form().getMessage());
        assertTrue(editor.form().getMessage().contains("Administrator"), editor.form().getMessage());
        click(root, "rights.persons.add");
        assertEquals(3, ac.getPersons().size(), "no person added");
        Decision refusal = stack.lastRefusal();
        assertNotNull(refusal);
        assertEquals(Decision.Rule.ROLE, refusal.rule());
        assertTrue(refusal.reason().contains("Administrator"), refusal.reason());
        type(persons, paula, 2, "moritz-darf-das");
        assertEquals("pp", paula.getAccount(), "the cell edit was refused");
        choose(rights, right, 2, "kein Zugriff");
        assertEquals(AccessRight.WRITE, right.getRight(), "he cannot change rights either");
        Shell notice = notice(editor.getSite().getShell());
        assertNotNull(notice, "the refusal is shown");
        screenshot(notice, "rollen-und-rechte-2-abgelehnt");
        screenshot(editor.getSite().getShell(), "rollen-und-rechte-3-modellierer");
    }

    // ------------------------------------------------------------------ driving the widgets

    private static void click(Composite root, String name) {
        Button b = find(root, name, Button.class);
        b.notifyListeners(SWT.Selection, new Event());
        drain();
    }

    /** Edits a text cell as a user does: activate the cell editor, type, press Enter. */
    private static void type(TableViewer viewer, Object row, int column, String text) {
        viewer.editElement(row, column);
        drain();
        Text editor = focused(viewer.getTable(), Text.class);
        editor.setText(text);
        viewer.applyEditorValue();
        drain();
    }

    /** Chooses a value in a choice cell by its label. */
    private static void choose(TableViewer viewer, Object row, int column, String label) {
        viewer.editElement(row, column);
        drain();
        CCombo combo = focused(viewer.getTable(), CCombo.class);
        int index = List.of(combo.getItems()).indexOf(label);
        assertTrue(index >= 0, label + " not among " + List.of(combo.getItems()));
        combo.select(index);
        // Enter in the list: the cell editor takes the selection and applies it
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
    }

    private static <T extends Control> T focused(Table table, Class<T> type) {
        for (Control c : table.getChildren()) {
            if (type.isInstance(c) && c.isVisible()) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no cell editor of type " + type.getSimpleName() + " is open");
    }

    private static <T extends Control> T find(Composite root, String name, Class<T> type) {
        return Controls.named(root, RightsEditor.WIDGET_KEY, name, type);
    }

    private static List<List<String>> rows(Table table) {
        return Controls.rows(table);
    }

    private static Shell notice(Shell main) {
        for (Shell s : main.getDisplay().getShells()) {
            if (s != main && !s.isDisposed() && "Nicht erlaubt".equals(s.getText())) {
                return s;
            }
        }
        return null;
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        Path file = Screenshots.take(shell, name);
        assertTrue(Files.size(file) > 5_000, "screenshot suspiciously small: " + file);
    }
}
