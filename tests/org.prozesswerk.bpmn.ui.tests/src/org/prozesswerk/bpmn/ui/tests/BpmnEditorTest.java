package org.prozesswerk.bpmn.ui.tests;

import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.RealData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prozesswerk.bpmn.ui.BpmnEditors;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;
import org.prozesswerk.bpmn.ui.internal.BpmnEditor;
import org.prozesswerk.bpmn.ui.internal.NewBpmnModelWizard;
import org.w3c.dom.Document;

/**
 * Runs the real BPMN modeler (bpmn-js in the SWT Browser, WebKitGTK) inside the Prozesswerk workbench under Xvfb:
 * opens an OMG MIWG reference model, edits it through the page, saves, and checks the file on disk.
 */
class BpmnEditorTest {

    private static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(60);
    private static final String TASKS = "pw.get('elementRegistry').filter(function (e) { return e.type === 'bpmn:Task'; })";

    private IWorkbenchPage page;
    private Path tempDir;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        tempDir = Files.createTempDirectory("pw-bpmn-ui-test");
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        try (Stream<Path> files = Files.walk(tempDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void opensReferenceModelShowsAllElementsEditsAndSaves() throws Exception {
        Path model = copyOfReferenceModel("A.2.0.bpmn");
        byte[] original = Files.readAllBytes(model);
        Document source = BpmnXml.parse(model);
        int expectedElements = BpmnXml.diagramElements(source);
        assertEquals(17, expectedElements, "A.2.0 has 8 shapes and 9 edges");

        BpmnEditor editor = open(model);
        assertNull(editor.importError(), "import error");
        assertEquals(expectedElements, number(editor, "return pw.get('elementRegistry').filter(function (e) {"
                + " return e.parent && e.type !== 'label'; }).length;"),
                "shapes and connections on the canvas (all elements: "
                        + number(editor, "return pw.get('elementRegistry').getAll().length;") + ")");
        assertEquals(4, number(editor, "return " + TASKS + ".length;"), "tasks on the canvas");
        assertFalse(editor.isDirty(), "dirty right after opening");

        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.settle(editor.browser().getDisplay());
        Path screenshot = Screenshots.take(editor.getSite().getShell(), "bpmn-editor-A.2.0");
        assertTrue(Files.size(screenshot) > 20_000, "screenshot suspiciously small: " + screenshot);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

        String label = "Antrag prüfen – geändert";
        String taskId = (String) evaluate(editor, "var task = " + TASKS + "[0];"
                + " pw.get('modeling').updateLabel(task, " + jsString(label) + "); return task.id;");
        EventLoop.waitUntil("editor dirty after the edit", editor::isDirty, Duration.ofSeconds(10));

        RecordingModelListener.EVENTS.clear();
        assertTrue(page.saveEditor(editor, false), "save");
        assertFalse(editor.isDirty(), "dirty after save");

        String written = Files.readString(model, StandardCharsets.UTF_8);
        assertTrue(written.contains(label), "the edited label is in the file");
        Document saved = BpmnXml.parse(model);
        assertEquals(BpmnXml.definitionsId(source), BpmnXml.definitionsId(saved), "definitions id kept");
        assertEquals(expectedElements, BpmnXml.diagramElements(saved), "no diagram element lost");
        assertEquals(label, taskName(saved, taskId), "name of the edited task in the file");
        assertArrayEquals(original, Files.readAllBytes(model.resolveSibling("A.2.0.bpmn.bak")),
                "the previous content is kept as .bak");
        try (Stream<Path> files = Files.list(tempDir)) {
            assertEquals(2, files.count(), "only the model and its backup, no temporary file left");
        }

        EventLoop.waitUntil("model listener called", () -> !RecordingModelListener.EVENTS.isEmpty(), Duration.ofSeconds(10));
        BpmnSavedEvent event = RecordingModelListener.EVENTS.get(0);
        assertEquals(model.toAbsolutePath(), event.file());
        assertNull(event.workspaceFile(), "file outside the workspace");
        assertTrue(event.xml().contains(label));
        assertFalse(RecordingModelListener.IN_UI_THREAD.get(0), "listeners run outside the UI thread");
    }

    @Test
    void aModelThePersonMayNotChangeOpensInTheViewerWithANotice() throws Exception {
        Path model = copyOfReferenceModel("A.2.0.bpmn");
        byte[] original = Files.readAllBytes(model);
        String reason = "Moritz Modell fehlt das Recht \u201eschreiben\u201c im Ordner \u201eNur lesen\u201c.";
        RecordingModelListener.REFUSED.put(model.toAbsolutePath().normalize(), reason);
        try {
            BpmnEditor editor = open(model);
            assertNull(editor.importError(), "import error");
            assertEquals("Nur lesen: " + reason, editor.readOnlyNotice());
            assertEquals(Boolean.TRUE, evaluate(editor, "return pw.readOnly === true;"), "bpmn-js viewer");
            assertEquals(4, number(editor, "return " + TASKS + ".length;"), "the model is shown");
            assertEquals(Boolean.TRUE, evaluate(editor, "return document.querySelector('.djs-palette') === null"
                    + " && pw.get('modeling', false) === null && pw.get('contextPad', false) === null"
                    + " && pw.get('commandStack', false) === null;"), "no palette, context pad, modeling or undo");
            assertEquals(Boolean.TRUE, evaluate(editor, "return document.getElementById('properties')"
                    + ".classList.contains('hidden');"), "no properties panel");
            List<String> shown = new ArrayList<>();
            labels(editor.getSite().getShell(), shown);
            assertTrue(shown.contains("Nur lesen: " + reason), "the notice is shown above the canvas: " + shown);

            // A selected task offers nothing to edit; the workbench's delete and undo do nothing.
            evaluate(editor, "var task = " + TASKS + "[0]; pw.get('selection').select(task); return true;");
            evaluate(editor, "pwDelete(false); pwUndo(false); return true;"); // what Entf and Ctrl+Z call
            Screenshots.settle(editor.browser().getDisplay());
            assertEquals(4, number(editor, "return " + TASKS + ".length;"), "nothing deleted");
            assertFalse(editor.isDirty(), "never dirty");
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
            Screenshots.settle(editor.browser().getDisplay());
            Screenshots.take(editor.getSite().getShell(), "bpmn-editor-nur-lesen");
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
            assertArrayEquals(original, Files.readAllBytes(model), "the file is untouched");
        } finally {
            RecordingModelListener.REFUSED.clear();
        }
        // Without the objection the same file opens in the modeler.
        page.closeAllEditors(false);
        BpmnEditor editable = open(model);
        assertNull(editable.readOnlyNotice());
        assertEquals(Boolean.TRUE, evaluate(editable, "return pw.readOnly === false"
                + " && document.querySelector('.djs-palette') !== null;"), "the modeler with its palette");
    }

    private static void labels(Composite composite, List<String> into) {
        for (Control child : composite.getChildren()) {
            if (child instanceof CLabel label && label.isVisible()) {
                into.add(label.getText());
            }
            if (child instanceof Composite inner) {
                labels(inner, into);
            }
        }
    }

    @Test
    void workbenchUndoAndRedoDriveTheCommandStack() throws Exception {
        BpmnEditor editor = open(copyOfReferenceModel("A.2.0.bpmn"));
        String before = firstTaskName(editor);
        evaluate(editor, "pw.get('modeling').updateLabel(" + TASKS + "[0], 'Eins'); return null;");
        EventLoop.waitUntil("dirty", editor::isDirty, Duration.ofSeconds(10));

        // What Bearbeiten > Rückgängig and the key binding execute.
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        EventLoop.waitUntil("undone", () -> before.equals(firstTaskName(editor)), Duration.ofSeconds(10));
        EventLoop.waitUntil("clean again after undo", () -> !editor.isDirty(), Duration.ofSeconds(10));

        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        EventLoop.waitUntil("redone", () -> "Eins".equals(firstTaskName(editor)), Duration.ofSeconds(10));
        EventLoop.waitUntil("dirty again after redo", editor::isDirty, Duration.ofSeconds(10));
    }

    @Test
    void ctrlZInTheCanvasUndoesExactlyOneStep() throws Exception {
        BpmnEditor editor = open(copyOfReferenceModel("A.2.0.bpmn"));
        evaluate(editor, "pw.get('modeling').updateLabel(" + TASKS + "[0], 'Eins'); return null;");
        evaluate(editor, "pw.get('modeling').updateLabel(" + TASKS + "[0], 'Zwei'); return null;");
        EventLoop.waitUntil("dirty", editor::isDirty, Duration.ofSeconds(10));

        editor.setFocus();
        Screenshots.settle(editor.browser().getDisplay());
        pressCtrl(editor.browser().getDisplay(), 'z');

        EventLoop.waitUntil("Ctrl+Z undid the last edit", () -> "Eins".equals(firstTaskName(editor)), Duration.ofSeconds(10));
        Screenshots.settle(editor.browser().getDisplay()); // a doubled key stroke would arrive by now
        assertEquals("Eins", firstTaskName(editor), "one key stroke, one undo step");

        pressCtrl(editor.browser().getDisplay(), 'y');
        EventLoop.waitUntil("Ctrl+Y redid it", () -> "Zwei".equals(firstTaskName(editor)), Duration.ofSeconds(10));
        Screenshots.settle(editor.browser().getDisplay());
        assertEquals("Zwei", firstTaskName(editor));
    }

    @Test
    void deleteKeyInAPropertiesFieldEditsTheTextNotTheDiagram() throws Exception {
        BpmnEditor editor = open(copyOfReferenceModel("A.2.0.bpmn"));
        int before = number(editor, "return pw.get('elementRegistry').getAll().length;");
        String taskId = (String) evaluate(editor, "var task = " + TASKS + "[0]; pw.get('selection').select(task);"
                + " return task.id;");
        Screenshots.settle(editor.browser().getDisplay());
        editor.setFocus();
        evaluate(editor, "var header = document.querySelector('[data-group-id=\"group-general\"] "
                + ".bio-properties-panel-group-header');"
                + " if (!header.classList.contains('open')) { header.click(); } return null;");
        Screenshots.settle(editor.browser().getDisplay());
        assertEquals(Boolean.TRUE, evaluate(editor, "var name = document.getElementById('bio-properties-panel-name');"
                + " name.focus(); name.setSelectionRange(0, 0); return document.activeElement === name;"),
                "name field of the properties panel focused");

        Display display = editor.browser().getDisplay();
        post(display, SWT.KeyDown, SWT.DEL, (char) 0x7f);
        post(display, SWT.KeyUp, SWT.DEL, (char) 0x7f);
        Screenshots.settle(display);

        assertEquals(before, number(editor, "return pw.get('elementRegistry').getAll().length;"),
                "Entf in a text field must not delete diagram elements");
        assertNotNull(evaluate(editor, "return pw.get('elementRegistry').get('" + taskId + "') ? 'yes' : null;"));
        assertEquals("ask 1", evaluate(editor, "return document.getElementById('bio-properties-panel-name').value;"),
                "Entf deleted exactly one character in the field");
        Screenshots.take(editor.getSite().getShell(), "bpmn-editor-properties");
    }

    @Test
    void ctrlWInTheCanvasClosesOnlyThisEditor() throws Exception {
        BpmnEditor first = open(copyOfReferenceModel("A.1.0.bpmn"));
        BpmnEditor second = open(copyOfReferenceModel("A.2.0.bpmn"));
        assertEquals(2, page.getEditorReferences().length);
        second.setFocus();
        Screenshots.settle(second.browser().getDisplay());

        pressCtrl(second.browser().getDisplay(), 'w');
        Screenshots.settle(page.getWorkbenchWindow().getShell().getDisplay()); // a doubled Ctrl+W closes both
        assertEquals(1, page.getEditorReferences().length, "one Ctrl+W, one editor closed");
        assertEquals(first, page.getEditorReferences()[0].getEditor(false));
    }

    @Test
    void ctrlSInTheCanvasSavesOnce() throws Exception {
        Path model = copyOfReferenceModel("A.2.0.bpmn");
        BpmnEditor editor = open(model);
        evaluate(editor, "pw.get('modeling').updateLabel(" + TASKS + "[0], 'Gespeichert'); return null;");
        EventLoop.waitUntil("dirty", editor::isDirty, Duration.ofSeconds(10));
        RecordingModelListener.EVENTS.clear();

        editor.setFocus();
        Screenshots.settle(editor.browser().getDisplay());
        pressCtrl(editor.browser().getDisplay(), 's');
        EventLoop.waitUntil("Ctrl+S saved", () -> !editor.isDirty(), Duration.ofSeconds(10));
        Screenshots.settle(editor.browser().getDisplay());
        assertTrue(Files.readString(model, StandardCharsets.UTF_8).contains("Gespeichert"));
        EventLoop.waitUntil("listener", () -> !RecordingModelListener.EVENTS.isEmpty(), Duration.ofSeconds(10));
        Screenshots.settle(editor.browser().getDisplay());
        assertEquals(1, RecordingModelListener.EVENTS.size(), "one key stroke, one save");
    }

    @Test
    void newModelWizardCreatesGermanTemplateThatOpens() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(BpmnEditors.NEW_MODEL_WIZARD_ID);
        assertNotNull(descriptor, "wizard registered");
        assertEquals("BPMN-Modell", descriptor.getLabel());
        assertEquals("Prozesswerk", descriptor.getCategory().getLabel());

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bpmn-wizard-test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());

        NewBpmnModelWizard wizard = new NewBpmnModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            assertTrue(wizard.canFinish(), "default file name and the selected project suffice");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }

        IFile file = project.getFile("prozess.bpmn");
        assertTrue(file.exists(), "file created");
        Document document = BpmnXml.parse(file.getLocation().toPath());
        assertEquals(5, BpmnXml.diagramElements(document));

        BpmnEditor editor = assertInstanceOf(BpmnEditor.class, page.getActiveEditor(), "opened in the modeler");
        waitForImport(editor);
        assertNull(editor.importError());
        assertTrue(editor.importWarnings().isEmpty(), "template imports cleanly: " + editor.importWarnings());
        assertEquals(5, number(editor, "return pw.get('elementRegistry').filter(function (e) {"
                + " return e.parent && e.type !== 'label'; }).length;"));
        assertEquals("Antrag prüfen", firstTaskName(editor));
        Screenshots.take(editor.getSite().getShell(), "bpmn-editor-new-model");

        // Opening the same file again through the API activates the same editor.
        assertEquals(editor, BpmnEditors.open(page, file.getLocation().toPath()));
        project.delete(true, new NullProgressMonitor());
    }

    // helpers

    private Path copyOfReferenceModel(String name) throws Exception {
        Path model = tempDir.resolve(name);
        Files.copy(RealData.file("bpmn-miwg-reference/" + name), model, StandardCopyOption.REPLACE_EXISTING);
        return model;
    }

    private BpmnEditor open(Path model) throws Exception {
        IEditorPart part = BpmnEditors.open(page, model);
        BpmnEditor editor = assertInstanceOf(BpmnEditor.class, part);
        waitForImport(editor);
        return editor;
    }

    private static void waitForImport(BpmnEditor editor) {
        assertNotNull(editor.browser(), "no SWT Browser: is libwebkit2gtk-4.1-0 installed?");
        EventLoop.waitUntil("bpmn-js import done", () -> Boolean.TRUE.equals(
                editor.browser().evaluate("return window.pwImportDone === true;")), IMPORT_TIMEOUT);
        EventLoop.waitUntil("import reported to Java", editor::isImportDone, Duration.ofSeconds(10));
    }

    private static String firstTaskName(BpmnEditor editor) {
        return (String) evaluate(editor, "return " + TASKS + "[0].businessObject.name || '';");
    }

    private static Object evaluate(BpmnEditor editor, String script) {
        Browser browser = editor.browser();
        return browser.evaluate(script);
    }

    private static int number(BpmnEditor editor, String script) {
        return ((Number) evaluate(editor, script)).intValue();
    }

    private static String taskName(Document document, String id) {
        var tasks = document.getElementsByTagNameNS(BpmnXml.MODEL_NS, "task");
        for (int i = 0; i < tasks.getLength(); i++) {
            var task = (org.w3c.dom.Element) tasks.item(i);
            if (id.equals(task.getAttribute("id"))) {
                return task.getAttribute("name");
            }
        }
        return fail("task " + id + " not in the saved file");
    }

    private static String jsString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Real key events through the X server (XTest), as a user's key press arrives. */
    private static void pressCtrl(Display display, char key) {
        post(display, SWT.KeyDown, SWT.CTRL, '\0');
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        post(display, SWT.KeyUp, SWT.CTRL, '\0');
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "Display.post failed");
        while (display.readAndDispatch()) {
            // let the event arrive
        }
    }

}
