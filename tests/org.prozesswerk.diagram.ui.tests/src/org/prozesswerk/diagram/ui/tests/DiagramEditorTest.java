package org.prozesswerk.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.diagram.ui.DiagramEditor;
import org.prozesswerk.diagram.ui.internal.OpenDiagramItems;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.tests.support.TestRegisters;

/** The diagrams in the real workbench (UI harness, Xvfb): GLSP client in the SWT Browser, server in process. */
class DiagramEditorTest {


    @TempDir
    Path directory;

    private RegisterDocument document;

    @AfterEach
    void close() {
        IWorkbenchPage page = page();
        page.closeAllEditors(false);
        if (document != null) {
            RegisterDocuments.getDefault().close(document);
        }
    }

    @Test
    void organigrammRendersTheUnitsAndReparentsThroughTheClient() throws Exception {
        document = open();
        DiagramEditor editor = OpenDiagramItems.open(page(), document, "orgchart");
        assertNotNull(editor);
        waitForClient(editor);
        assertFalse(editor.readyInfo().contains("error"), editor.readyInfo());
        String stats = evaluate(editor, "return pw.stats()");
        assertEquals(8, number(stats, "units"), stats);
        assertEquals(6, number(stats, "edges"), stats);
        Path shot = Screenshots.take(page().getWorkbenchWindow().getShell(), "organigramm");
        assertTrue(Files.size(shot) > 20_000);

        // Drag Bauordnungsamt onto Kämmerei through the client: a changeBounds operation from the page.
        String kaemmerei = evaluate(editor, "return pw.bounds('u20')");
        double x = number(kaemmerei, "x") + 10;
        double y = number(kaemmerei, "y") + 5;
        editor.dispatch("{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"u63\","
                + "\"newPosition\":{\"x\":" + x + ",\"y\":" + y + "},\"newSize\":{\"width\":200,\"height\":74}}]}");
        OrgUnit bau = unit("u63");
        waitUntil(() -> bau.eContainer() == unit("u20"), 20_000, "Bauordnungsamt re-parented");
        assertTrue(document.isDirty());
        waitUntil(() -> number(evaluate(editor, "return pw.bounds('u63')"), "y") > number(
                evaluate(editor, "return pw.bounds('u20')"), "y"), 10_000, "the client shows 63 below 20");
        Screenshots.take(page().getWorkbenchWindow().getShell(), "organigramm-umgehaengt");

        // Eclipse's undo (the editor's global action, Ctrl+Z) undoes the diagram's command.
        page().activate(editor);
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        waitUntil(() -> bau.eContainer() == unit("II"), 20_000, "undo restores the parent");
        assertFalse(document.isDirty());
        waitUntil(() -> number(evaluate(editor, "return pw.bounds('u63')"), "x") != number(
                evaluate(editor, "return pw.bounds('u20')"), "x"), 20_000, "the client shows the undo");

        // Selecting in the diagram selects the model object for Properties and navigator.
        editor.browser().execute("pw.select(['u10'])");
        waitUntil(() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() == unit("u10"), 10_000, "selection reaches the workbench");

        String svg = editor.svg();
        assertTrue(svg.startsWith("<svg") && svg.contains("Hauptamt"), svg.substring(0, Math.min(200, svg.length())));
        Files.writeString(Path.of(System.getProperty("prozesswerk.screenshots", "target/screenshots"))
                .resolve("organigramm.svg"), svg);
        Path png = Path.of(System.getProperty("prozesswerk.screenshots", "target/screenshots"))
                .resolve("organigramm-export.png");
        AtomicReference<Exception> result = new AtomicReference<>();
        boolean[] done = { false };
        editor.exportPng(png, 1.5, error -> {
            result.set(error);
            done[0] = true;
        });
        waitUntil(() -> done[0], 20_000, "PNG export");
        assertEquals(null, result.get());
        assertTrue(Files.size(png) > 5_000);
    }

    @Test
    void prozesslandkarteRendersThemesAndSteckbriefe() throws Exception {
        document = open();
        DiagramEditor editor = OpenDiagramItems.open(page(), document, "landscape");
        waitForClient(editor);
        assertFalse(editor.readyInfo().contains("error"), editor.readyInfo());
        String stats = evaluate(editor, "return pw.stats()");
        assertEquals(6, number(stats, "profiles"), stats);
        assertEquals(4, number(stats, "folders"), stats);
        assertEquals(3, number(stats, "edges"), stats);
        Screenshots.take(page().getWorkbenchWindow().getShell(), "prozesslandkarte");

        editor.dispatch("{\"kind\":\"pwDiagramOptions\",\"options\":{\"colorBy\":\"degree\"}}");
        waitUntil(() -> evaluate(editor, "return document.querySelector('.pw-profile-box').style.fill")
                .length() > 0, 5000, "");
        Screenshots.settle(Display.getCurrent());
        Screenshots.take(page().getWorkbenchWindow().getShell(), "prozesslandkarte-reifegrad");
    }

    @Test
    void organigrammOfABetrachterinOpensReadOnlyWithANotice() throws Exception {
        ProcessRegister register = register();
        AccessControl ac = ProzesswerkFactory.eINSTANCE.createAccessControl();
        register.setAccessControl(ac);
        TestRegisters.role(ac, TestRegisters.person(ac, "ada", "Ada Admin"), Role.ADMINISTRATOR, null);
        TestRegisters.role(ac, TestRegisters.person(ac, "bea", "Bea Betrachterin"), Role.VIEWER, null);
        Path file = directory.resolve("Musterstadt.pwreg");
        RegisterStore.save(register, file);
        CurrentPerson.set("bea");
        document = RegisterDocuments.getDefault().open(file);
        DiagramEditor editor = OpenDiagramItems.open(page(), document, "orgchart");
        waitForClient(editor);
        assertFalse(editor.readyInfo().contains("error"), editor.readyInfo());

        String notice = editor.readOnlyNotice();
        assertNotNull(notice, "a Betrachterin may not change the organisation");
        assertTrue(notice.startsWith("Nur lesen: ") && notice.contains("Modellierer"), notice);
        List<String> labels = new ArrayList<>();
        texts(page().getWorkbenchWindow().getShell(), labels);
        assertTrue(labels.contains(notice), "the notice is shown above the diagram: " + labels);
        assertFalse(labels.contains("Neue Einheit"), "no editing tools: " + labels);
        waitUntil(() -> "readonly".equals(evaluate(editor, "return pw.editMode()")), 10_000,
                "the client is in GLSP's read-only edit mode");
        Screenshots.settle(Display.getCurrent());
        Screenshots.take(page().getWorkbenchWindow().getShell(), "organigramm-nur-lesen");

        // The same re-parenting as above: the read-only server refuses it, the register stays as it was.
        String kaemmerei = evaluate(editor, "return pw.bounds('u20')");
        editor.dispatch("{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"u63\","
                + "\"newPosition\":{\"x\":" + (number(kaemmerei, "x") + 10) + ",\"y\":" + (number(kaemmerei, "y") + 5)
                + "},\"newSize\":{\"width\":200,\"height\":74}}]}");
        editor.browser().execute("pw.select(['u10']); pw.deleteSelection()");
        Screenshots.settle(Display.getCurrent());
        Screenshots.settle(Display.getCurrent());
        assertEquals("II", ((OrgUnit) unit("u63").eContainer()).getId(), "Bauordnungsamt not re-parented");
        assertNotNull(unit("u10"), "Hauptamt not deleted");
        assertFalse(document.isDirty(), "nothing changed");
        for (Shell shell : Display.getCurrent().getShells()) {
            assertFalse("Nicht erlaubt".equals(shell.getText()) && shell.isVisible(),
                    "the read-only diagram sends no command that the rights check would have to refuse");
        }
    }

    @AfterEach
    void signOut() {
        CurrentPerson.set(null);
    }

    private static void texts(Composite composite, List<String> into) {
        for (Control child : composite.getChildren()) {
            if (child instanceof CLabel label && label.isVisible()) {
                into.add(label.getText());
            } else if (child instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    into.add(item.getText());
                }
            }
            if (child instanceof Composite inner) {
                texts(inner, into);
            }
        }
    }

    // --- fixture and helpers ----------------------------------------------------------------------------------

    private RegisterDocument open() throws Exception {
        Path file = directory.resolve("Musterstadt.pwreg");
        RegisterStore.save(register(), file);
        return RegisterDocuments.getDefault().open(file);
    }

    private static ProcessRegister register() {
        // Musterstadt with longer Dezernat names, a Personalamt and a sixth Steckbrief linked to the Elterngeld.
        ProcessRegister register = TestRegisters.musterstadt();
        OrgUnit d1 = register.getOrganisation().get(0);
        OrgUnit d2 = register.getOrganisation().get(1);
        d1.setName("Dezernat I \u2013 Zentrale Dienste");
        d2.setName("Dezernat II \u2013 Ordnung und Bauen");
        d2.getChildren().get(0).getChildren().get(0).setShortCode("32.1");
        OrgUnit u11 = unit("u11", "11", "Personalamt", OrgUnitKind.OFFICE);
        d1.getChildren().add(1, u11);
        Folder familie = register.getRootFolders().get(1);
        familie.setName("Familie und Personal");
        ProcessProfile p4 = familie.getProfiles().get(0);
        ProcessProfile p6 = profile("p6", "Stellenausschreibung ver\u00f6ffentlichen", u11, FimStatus.IN_PLANNING, 1,
                60, 300);
        p6.getSuccessors().add(p4);
        familie.getProfiles().add(p6);
        return register;
    }

    private static OrgUnit unit(String id, String code, String name, OrgUnitKind kind) {
        return TestRegisters.unit(id, name, code, kind);
    }

    private static ProcessProfile profile(String id, String name, OrgUnit unit, FimStatus status, int degree,
            int cases, double minutes) {
        return TestRegisters.figures(TestRegisters.profile(id, "PW-" + id, name, status, unit), degree, cases, minutes);
    }

    private OrgUnit unit(String id) {
        return (OrgUnit) document.register().eResource().getEObject(id);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static String evaluate(DiagramEditor editor, String script) {
        Object value = editor.browser().evaluate(script);
        return value == null ? "" : value.toString();
    }

    private static double number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + key + "\":(-?[0-9.]+)").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        return Double.parseDouble(matcher.group(1));
    }

    private static void waitForClient(DiagramEditor editor) {
        try {
            waitUntil(editor::isReady, 60_000, "the client reports its first model");
        } catch (AssertionError e) {
            String page = evaluate(editor, "return document.readyState + ' ' + location.href + ' errors='"
                    + " + JSON.stringify(window.pwErrors) + ' pw=' + (typeof window.pw) + ' send=' + (typeof window.pwSend)"
                    + " + ' body=' + document.body.innerHTML.slice(0, 800)");
            throw new AssertionError(e.getMessage() + "; page: " + page, e);
        }
    }

    private static void waitUntil(BooleanSupplier condition, long millis, String what) {
        EventLoop.waitUntil(what, condition, Duration.ofMillis(millis));
    }
}
