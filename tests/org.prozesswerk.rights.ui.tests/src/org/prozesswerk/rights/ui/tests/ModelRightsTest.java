/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.EventLoop.drain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.bpmn.ui.BpmnEditors;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.ui.internal.ModelRights;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.tests.support.Workbenches;

/**
 * The BPMN editor cannot change the model of a Steckbrief the rights forbid changing: the BPMN editor asks the rights
 * (extension {@code org.prozesswerk.bpmn.ui.modelListeners}) and refuses to save; the file stays byte for byte as it
 * was, and the editor opens it read-only with a notice naming the missing right. The same person may save the model of
 * a Steckbrief in a folder she may write.
 */
class ModelRightsTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;
    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                id="d1" targetNamespace="http://prozesswerk.org/test">
              <bpmn:process id="p1" isExecutable="false"><bpmn:startEvent id="s1" name="Antrag eingegangen"/></bpmn:process>
              <bpmndi:BPMNDiagram id="dia1"><bpmndi:BPMNPlane id="plane1" bpmnElement="p1">
                <bpmndi:BPMNShape id="s1_di" bpmnElement="s1"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    @TempDir
    Path directory;
    private IWorkbenchPage page;

    @BeforeEach
    void openRegister() throws Exception {
        ProcessRegister register = TestRegisters.small("Modelle mit Rechten");
        Folder lesen = TestRegisters.folder("f-lesen", "Nur lesen");
        Folder schreiben = TestRegisters.folder("f-schreiben", "Schreiben");
        register.getRootFolders().add(lesen);
        register.getRootFolders().add(schreiben);
        lesen.getProfiles().add(withModel("p-lesen", "modelle/lesen.bpmn"));
        schreiben.getProfiles().add(withModel("p-schreiben", "modelle/schreiben.bpmn"));
        AccessControl ac = F.createAccessControl();
        register.setAccessControl(ac);
        Person mo = TestRegisters.person(ac, "mo", "Moritz Modell");
        TestRegisters.role(ac, mo, Role.MODELLER, null);
        TestRegisters.right(ac, mo, AccessRight.READ, lesen);
        Files.createDirectories(directory.resolve("modelle"));
        Files.writeString(directory.resolve("modelle/lesen.bpmn"), BPMN, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("modelle/schreiben.bpmn"), BPMN, StandardCharsets.UTF_8);
        Path file = directory.resolve("Modelle.pwreg");
        RegisterStore.save(register, file);
        CurrentPerson.set("mo");
        RegisterDocuments.getDefault().open(file);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ProcessProfile withModel(String id, String path) {
        ProcessProfile p = TestRegisters.profile(id, id.toUpperCase(), "Steckbrief " + id, FimStatus.IN_PROGRESS,
                null);
        ProcessModelReference reference = F.createProcessModelReference();
        reference.setPath(path);
        p.getModelReferences().add(reference);
        return p;
    }

    @AfterEach
    void closeAll() {
        CurrentPerson.set(null);
        Workbenches.closeEditorsAndRegisters(page);
    }

    @Test
    void modelOfAReadOnlyFolderIsNotSaved() throws Exception {
        Path readOnly = directory.resolve("modelle/lesen.bpmn");
        Path writable = directory.resolve("modelle/schreiben.bpmn");
        ModelRights rights = new ModelRights();
        String refusal = rights.refusal(readOnly);
        assertNotNull(refusal, "the folder „Nur lesen“ may only be read");
        assertTrue(refusal.contains("Nur lesen"), refusal);
        assertNull(rights.refusal(writable), "the folder „Schreiben“ may be written");
        assertNull(rights.refusal(directory.resolve("modelle/fremd.bpmn")), "no Steckbrief refers to it");

        byte[] before = Files.readAllBytes(readOnly);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(readOnly, modified);
        IEditorPart editor = BpmnEditors.open(page, readOnly);
        drain();
        List<String> notices = new ArrayList<>();
        collect(page.getWorkbenchWindow().getShell(), notices);
        assertTrue(notices.contains("Nur lesen: " + refusal), "the editor says why it is read-only: " + notices);
        Browser browser = browser(page.getWorkbenchWindow().getShell());
        assertNotNull(browser, "the editor's SWT Browser");
        EventLoop.waitUntil("bpmn-js import done", () -> Boolean.TRUE.equals(
                browser.evaluate("return window.pwImportDone === true;")), Duration.ofSeconds(60));
        assertEquals(Boolean.TRUE, browser.evaluate("return pw.readOnly === true"
                + " && document.querySelector('.djs-palette') === null;"), "bpmn-js viewer, no palette");
        Screenshots.settle(Display.getCurrent());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "bpmn-modell-nur-lesen");
        List<String> shown = new ArrayList<>();
        Display display = Display.getCurrent();
        // The refusal is a modal message: read and close it from the event loop it runs.
        display.timerExec(200, new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if ("Nicht erlaubt".equals(s.getText())) {
                        collect(s, shown);
                        s.close();
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        });
        editor.doSave(new NullProgressMonitor());
        drain();
        assertEquals(1, shown.stream().filter(t -> t.contains("Nur lesen")).count(), "the refusal is shown: " + shown);
        assertArrayEquals(before, Files.readAllBytes(readOnly), "the file is unchanged");
        assertEquals(modified, Files.getLastModifiedTime(readOnly), "and was not rewritten");
    }

    private static Browser browser(org.eclipse.swt.widgets.Composite c) {
        for (var child : c.getChildren()) {
            if (child instanceof Browser b) {
                return b;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner && browser(inner) != null) {
                return browser(inner);
            }
        }
        return null;
    }

    private static void collect(org.eclipse.swt.widgets.Composite c, List<String> into) {
        for (var child : c.getChildren()) {
            if (child instanceof Label l) {
                into.add(l.getText());
            } else if (child instanceof CLabel l && l.isVisible()) {
                into.add(l.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                collect(inner, into);
            }
        }
    }
}
