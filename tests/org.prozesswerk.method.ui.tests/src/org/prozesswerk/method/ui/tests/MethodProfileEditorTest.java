/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.TestRegisters.definition;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.profile;
import static org.prozesswerk.tests.support.TestRegisters.value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.method.MethodProfileApplication;
import org.prozesswerk.method.ui.MethodProfileEditor;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.DialogWatcher;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.ProfileEditors;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.tests.support.Workbenches;

/**
 * The method profile editor in the real workbench (UI harness, Xvfb, -nl de): the node „Methodenprofil“ in the
 * navigator, adding and configuring an attribute through the widgets, the Steckbrief editor's Attribute page
 * following at once (only where the attribute applies), deleting with the question that counts the values, undo,
 * the hours per FTE, and a profile exported and applied to a second register. Screenshots in target/screenshots.
 */
class MethodProfileEditorTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private final List<String> dialogs = new ArrayList<>();
    private DialogWatcher answering;

    @BeforeEach
    void setUp() {
        page = Workbenches.page(1600, 1000);
    }

    @AfterEach
    void tearDown() {
        stopAnswering();
        Workbenches.closeEditorsAndRegisters(page);
    }

    /** A town register: folders Bauen and Ordnung, two Steckbriefe in Bauen with a priority, one in Ordnung. */
    private Path writeRegister(String name) throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId("reg-" + name);
        register.setName(name);
        Folder bauen = folder("f-bauen", "Bauen");
        Folder ordnung = folder("f-ordnung", "Ordnung");
        register.getRootFolders().addAll(List.of(bauen, ordnung));
        AttributeDefinition priority = definition("prioritaet", "Priorität", AttributeType.TEXT, false);
        register.getAttributeDefinitions().add(priority);
        ProcessProfile abbruch = profile("p-abbruch", "PW-1", "Abbruchgenehmigung erteilen");
        abbruch.setProcessType(ProcessType.CORE);
        abbruch.getAttributeValues().add(value(priority, "hoch"));
        ProcessProfile neubau = profile("p-neubau", "PW-2", "Baugenehmigung erteilen");
        neubau.getAttributeValues().add(value(priority, "mittel"));
        neubau.setCaseVolumePerYear(800);
        neubau.setProcessingMinutesPerCase(60);
        bauen.getProfiles().addAll(List.of(abbruch, neubau));
        ordnung.getProfiles().add(profile("p-gewerbe", "PW-3", "Gewerbeanmeldung bearbeiten"));
        Path file = dir.resolve(name + ".pwreg");
        RegisterStore.save(register, file);
        return file;
    }

    private static <T extends Control> T find(Control root, String id, Class<T> type) {
        T found = findOrNull(root, id, type);
        assertNotNull(found, "no widget " + id);
        return found;
    }

    /** A widget of the method profile editor or of the Steckbrief editor, by its name. */
    private static <T extends Control> T findOrNull(Control root, String id, Class<T> type) {
        return Controls.firstOrNull(root, type, c -> id.equals(c.getData(MethodProfileEditor.WIDGET_KEY))
                || id.equals(c.getData(ProfileEditor.WIDGET_KEY)));
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, null);
        EventLoop.drain();
    }

    private static void click(Button button) {
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, null);
        EventLoop.drain();
    }

    /** Answers every message dialog that appears with {@code button}, remembering title and text. */
    private void answerDialogs(Display display, String button) {
        stopAnswering();
        answering = new DialogWatcher(shell -> shell.getData() instanceof MessageDialog, shell -> {
            dialogs.add(shell.getText() + ": " + Controls.labels(shell));
            try {
                Screenshots.take(shell, "methodenprofil-dialog-" + dialogs.size());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Button answer = Controls.buttonOrNull(shell, button);
            if (answer != null) {
                answer.notifyListeners(SWT.Selection, null);
            } else {
                ((MessageDialog) shell.getData()).close();
            }
        });
        answering.start(display);
    }

    private void stopAnswering() {
        if (answering != null) {
            answering.stop();
        }
    }

    @Test
    void configureAttributesInTheWorkbench() throws Exception {
        Path file = writeRegister("Kreisstadt");
        RegisterDocument document = RegisterDocuments.getDefault().open(file);
        ProcessRegister register = document.register();

        // the navigator shows „Methodenprofil“ under the register
        CommonNavigator navigator = assertInstanceOf(CommonNavigator.class,
                page.showView("org.prozesswerk.ui.navigator"));
        navigator.getCommonViewer().expandToLevel(document, 1);
        EventLoop.drain();
        Tree tree = navigator.getCommonViewer().getTree();
        TreeItem registerItem = tree.getItem(0);
        List<String> children = new ArrayList<>();
        for (TreeItem child : registerItem.getItems()) {
            children.add(child.getText());
        }
        assertTrue(children.contains("Methodenprofil"), children.toString());

        MethodProfileEditor editor = MethodProfileEditor.open(page, document);
        assertNotNull(editor);
        EventLoop.drain();
        Composite root = (Composite) find(page.getWorkbenchWindow().getShell(), "definitions", Table.class)
                .getParent().getParent();
        Table table = find(root, "definitions", Table.class);
        assertEquals(1, table.getItemCount());
        assertEquals("Priorität", table.getItem(0).getText(0));

        // add „Zuständigkeitsebene“: a required list, only for Steckbriefe in Bauen
        click(find(root, "add", Button.class));
        assertEquals(2, register.getAttributeDefinitions().size());
        AttributeDefinition level = register.getAttributeDefinitions().get(1);
        assertEquals("Neues Attribut", level.getLabelDe());
        type(find(root, "label", Text.class), "Zuständigkeitsebene");
        Combo typeCombo = find(root, "type", Combo.class);
        typeCombo.select(AttributeType.ENUMERATION.getValue());
        typeCombo.notifyListeners(SWT.Selection, null);
        EventLoop.drain();
        type(find(root, "allowedValues", Text.class), "Land\nKreis\nGemeinde\n");
        click(find(root, "required", Button.class));
        type(find(root, "helpText", Text.class), "Wer den Prozess ausführt.");
        Table folders = find(root, "folders", Table.class);
        assertEquals("Bauen", folders.getItem(0).getText());
        folders.getItem(0).setChecked(true);
        org.eclipse.swt.widgets.Event check = new org.eclipse.swt.widgets.Event();
        check.detail = SWT.CHECK;
        check.item = folders.getItem(0);
        folders.notifyListeners(SWT.Selection, check);
        EventLoop.drain();
        assertEquals("Zuständigkeitsebene", level.getLabelDe());
        assertEquals(AttributeType.ENUMERATION, level.getType());
        assertEquals(List.of("Land", "Kreis", "Gemeinde"), level.getAllowedValues());
        assertTrue(level.isRequired());
        assertEquals("Wer den Prozess ausführt.", level.getHelpText());
        assertEquals(List.of(register.getRootFolders().get(0)), level.getFolders());
        assertEquals(List.of("Zuständigkeitsebene", "Auswahlliste", "ja", "Bauen"),
                List.of(table.getItem(1).getText(0), table.getItem(1).getText(1), table.getItem(1).getText(2),
                        table.getItem(1).getText(3)));
        // up: the new attribute first
        click(find(root, "up", Button.class));
        assertEquals(level, register.getAttributeDefinitions().get(0));
        assertTrue(document.isDirty());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "methodenprofil-editor");

        // the Steckbrief editor's Attribute page follows: Abbruch (in Bauen) has the field, Gewerbe (Ordnung) not
        ProcessProfile abbruch = (ProcessProfile) register.eResource().getEObject("p-abbruch");
        ProcessProfile gewerbe = (ProcessProfile) register.eResource().getEObject("p-gewerbe");
        assertTrue(ProfileEditors.open(page, abbruch));
        ProfileEditor abbruchEditor = assertInstanceOf(ProfileEditor.class, page.getActiveEditor());
        abbruchEditor.showPage("attributes");
        EventLoop.drain();
        Composite abbruchRoot = page.getWorkbenchWindow().getShell();
        assertNotNull(findOrNull(abbruchRoot, "attributes." + level.getId(), Combo.class));
        assertNotNull(findOrNull(abbruchRoot, "attributes." + level.getId() + ".help", Control.class));
        Screenshots.take(page.getWorkbenchWindow().getShell(), "methodenprofil-attributseite");
        // a change of scope in the method profile reaches the open Steckbrief editor at once
        page.activate(editor);
        click(find(root, "processType.MANAGEMENT", Button.class)); // Abbruch is a core process
        EventLoop.waitUntil("the Attribute page drops the field", () -> findOrNull(
                page.getWorkbenchWindow().getShell(), "attributes." + level.getId(), Combo.class) == null,
                Duration.ofSeconds(5));
        assertEquals(List.of(register.getAttributeDefinitions().get(1)), abbruch.getApplicableAttributeDefinitions());
        org.eclipse.emf.common.command.CommandStack stack = document.editingDomain().getCommandStack();
        stack.undo();
        EventLoop.drain();
        assertTrue(abbruch.getApplicableAttributeDefinitions().contains(level));
        assertFalse(gewerbe.getApplicableAttributeDefinitions().contains(level));
        page.closeEditor(abbruchEditor, false);
        page.activate(editor);

        // hours per FTE: the dashboard's capacity figures follow
        assertEquals(0.5, RegisterStatistics.compute(register).totalFte(), 1e-9); // 800 h / 1,600 h
        Text hours = find(root, "hours", Text.class);
        assertEquals("1600", hours.getText());
        type(hours, "800");
        assertEquals(800.0, register.getHoursPerFullTimeEquivalent());
        assertEquals(1.0, RegisterStatistics.compute(register).totalFte(), 1e-9);

        // export, then delete „Priorität“ (values in two Steckbriefe): the question says so; „Ja“ deletes both
        Path profileFile = dir.resolve("kreisstadt.methodenprofil.json");
        editor.export(profileFile);
        assertTrue(Files.readString(profileFile).contains("\"Zuständigkeitsebene\""));
        table.select(1);
        table.notifyListeners(SWT.Selection, null);
        AttributeDefinition priority = register.getAttributeDefinitions().get(1);
        answerDialogs(Display.getCurrent(), "Ja");
        click(find(root, "delete", Button.class));
        stopAnswering();
        assertEquals(1, dialogs.size(), dialogs.toString());
        assertEquals("Attribut löschen: Das Attribut „Priorität“ hat Werte in 2 Steckbriefen. Attribut und diese "
                + "Werte löschen?", dialogs.get(0).strip());
        assertEquals(List.of(level), register.getAttributeDefinitions());
        assertTrue(abbruch.getAttributeValues().isEmpty());
        stack.undo();
        EventLoop.drain();
        assertEquals(List.of(level, priority), register.getAttributeDefinitions());
        assertEquals("hoch", abbruch.getAttributeValues().get(0).getValue());
        assertEquals(2, table.getItemCount());

        // the profile applied to a second register (a municipality): report of what was not applied
        Path other = writeRegister("Gemeinde");
        RegisterDocument second = RegisterDocuments.getDefault().open(other);
        second.register().getRootFolders().get(0).setName("Bauen und Wohnen"); // no folder /Bauen there
        MethodProfileEditor secondEditor = MethodProfileEditor.open(page, second);
        EventLoop.drain();
        answerDialogs(Display.getCurrent(), "OK");
        MethodProfileApplication application = secondEditor.importFrom(profileFile);
        stopAnswering();
        assertEquals(1, application.added());
        assertEquals(List.of("Attribut „Zuständigkeitsebene“: dieses Register hat keinen Ordner /Bauen",
                "Attribut „Zuständigkeitsebene“: keinen seiner Ordner gibt es hier; es gilt in diesem Register für "
                        + "alle Ordner"), application.notApplied());
        assertEquals(List.of("neues-attribut", "prioritaet"), // the id given when it was added stays
                second.register().getAttributeDefinitions().stream().map(AttributeDefinition::getId).toList());
        assertEquals(800.0, second.register().getHoursPerFullTimeEquivalent());
        assertEquals(2, dialogs.size(), dialogs.toString());
        assertTrue(dialogs.get(1).replaceAll("\\s+", " ").startsWith("Methodenprofil importieren: "
                + "kreisstadt.methodenprofil.json angewendet: 1 Attribute hinzugefügt, 0 geändert. Nicht übernommen:"),
                dialogs.get(1));
        Screenshots.take(page.getWorkbenchWindow().getShell(), "methodenprofil-angewendet");
    }
}
