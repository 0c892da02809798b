package org.prozesswerk.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.rules.ui.internal.RulesEditor;
import org.prozesswerk.rules.ui.internal.RulesUi;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Workbenches;

/**
 * The rules editor and "Register prüfen" in the real workbench (UI harness, Xvfb, -nl de): colouring from the
 * language's lexer, content assist through Xtext's IDE services in the real popup, live validation as markers and
 * annotations, the register check by command and on save with its findings in the Problems view, and opening a finding
 * the way a double-click does. Screenshots go to target/screenshots.
 */
class RulesWorkbenchTest {

    private static final String RULES = """
            regelwerk "Testregeln"
            // Auslöser und Ergebnis sind beschrieben
            regel T-01 "Auslöser beschrieben"
                für Steckbrief
                schweregrad warnung
                prüfe trigger ist gesetzt
                meldung "Steckbrief {key} hat keinen Auslöser."
            """;
    private static final String PROBLEMS_VIEW = "org.eclipse.ui.views.ProblemView";

    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        page = Workbenches.page(1400, 900);
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("regeltest");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void tearDown() throws Exception {
        Workbenches.closeEditorsAndRegisters(page);
        project.delete(true, true, null);
        drain();
    }

    private IFile ruleFile(String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        file.setCharset("UTF-8", null);
        return file;
    }

    private RulesEditor openEditor(IFile file) throws Exception {
        IEditorPart editor = IDE.openEditor(page, file);
        drain();
        return assertInstanceOf(RulesEditor.class, editor, "the rules editor is the default editor of .pwrules");
    }

    private static ITextViewer viewer(ITextEditor editor) {
        return assertInstanceOf(ITextViewer.class, editor.getAdapter(ITextOperationTarget.class));
    }

    private static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void colouringMarksKeywordsStringsAndComments() throws Exception {
        RulesEditor editor = openEditor(ruleFile("farben.pwrules", RULES));
        StyledText text = viewer(editor).getTextWidget();
        assertEquals(RULES, text.getText());

        StyleRange keyword = styleAt(text, RULES.indexOf("regel T-01"));
        assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD, "keyword 'regel' bold");
        assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB());
        assertEquals(SWT.BOLD, styleAt(text, RULES.indexOf("prüfe")).fontStyle & SWT.BOLD, "umlaut keyword 'prüfe'");
        assertEquals(SWT.BOLD, styleAt(text, RULES.indexOf("ist gesetzt")).fontStyle & SWT.BOLD, "'ist'");

        StyleRange string = styleAt(text, RULES.indexOf("\"Testregeln\"") + 3);
        assertEquals(new RGB(42, 0, 255), string.foreground.getRGB(), "string");
        assertEquals(0, string.fontStyle & SWT.BOLD);

        StyleRange comment = styleAt(text, RULES.indexOf("// Auslöser") + 5);
        assertEquals(new RGB(63, 127, 95), comment.foreground.getRGB(), "comment");
        assertEquals(SWT.ITALIC, comment.fontStyle & SWT.ITALIC);

        StyleRange feature = text.getStyleRangeAtOffset(RULES.indexOf("trigger") + 2);
        assertTrue(feature == null || feature.foreground == null || feature.fontStyle == SWT.NORMAL,
                "a feature name is plain text");

        // A typed quote opens a string that runs into the next line: the recolouring covers more than the keystroke.
        IDocument document = document(editor);
        int offset = RULES.indexOf("// Auslöser");
        document.replace(offset, 0, "\"");
        drain();
        StyleRange now = styleAt(text, RULES.indexOf("Ergebnis") + 1 + 1);
        assertEquals(new RGB(42, 0, 255), now.foreground.getRGB(), "the former comment is now inside a string");
        document.replace(offset, 1, "");
        drain();
        assertEquals(new RGB(63, 127, 95), styleAt(text, RULES.indexOf("Ergebnis")).foreground.getRGB(),
                "a comment again");
    }

    @Test
    void contentAssistOffersFeaturesAndKeywordsAndInsertsTheChoice() throws Exception {
        String text = RULES.replace("prüfe trigger ist gesetzt", "prüfe responsibleUnit. ist gesetzt");
        RulesEditor editor = openEditor(ruleFile("assist.pwrules", text));
        ITextViewer viewer = viewer(editor);
        int afterDot = text.indexOf("responsibleUnit.") + "responsibleUnit.".length();
        viewer.getTextWidget().setFocus();
        viewer.setSelectedRange(afterDot, 0);
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        Table proposals = waitForProposalTable();
        List<String> items = itemTexts(proposals);
        assertTrue(items.stream().anyMatch(s -> s.startsWith("name")), "OrgUnit.name after '.': " + items);
        assertTrue(items.stream().anyMatch(s -> s.startsWith("shortCode")), "OrgUnit.shortCode: " + items);
        assertFalse(items.stream().anyMatch(s -> s.startsWith("trigger")),
                "only features of OrgUnit after responsibleUnit.: " + items);
        assertTrue(items.contains("name \u2013 Merkmal"), "described in German, not as 'EAttribute': " + items);
        assertFalse(items.contains("."), "no punctuation proposals: " + items);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "rules-editor-content-assist");

        int index = indexOf(items, "shortCode");
        proposals.setSelection(index);
        proposals.notifyListeners(SWT.Selection, new Event());
        proposals.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
        assertTrue(document(editor).get().contains("prüfe responsibleUnit.shortCode ist gesetzt"),
                document(editor).get());

        // In a feature position without a prefix: the Steckbrief's features and the keywords that may start a check.
        IDocument document = document(editor);
        int check = document.get().indexOf("prüfe ") + "prüfe ".length();
        document.replace(check, "responsibleUnit.shortCode".length(), "");
        viewer.setSelectedRange(check, 0);
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        List<String> atCheck = itemTexts(waitForProposalTable());
        for (String expected : List.of("name", "trigger", "status", "nicht", "anzahl", "dies")) {
            assertTrue(atCheck.stream().anyMatch(s -> s.startsWith(expected)), expected + " in " + atCheck);
        }
        closePopups();
    }

    @Test
    void aTypoBecomesAMarkerAndAnAnnotationAndGoesAwayWhenFixed() throws Exception {
        IFile file = ruleFile("tippfehler.pwrules", RULES);
        RulesEditor editor = openEditor(file);
        IDocument document = document(editor);
        int offset = RULES.indexOf("trigger");
        document.replace(offset, "trigger".length(), "triger");
        assertTrue(waitFor(() -> markers(file, RulesUi.RULE_MARKER).size() == 1, 15_000),
                "one problem marker after reconciling: " + describe(markers(file, RulesUi.RULE_MARKER)));
        IMarker marker = markers(file, RulesUi.RULE_MARKER).get(0);
        assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, -1), "line of the typo");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("Unbekannter Name „triger“: weder Variable noch Merkmal von Steckbrief"),
                "German message: " + message);
        assertEquals(offset, marker.getAttribute(IMarker.CHAR_START, -1));
        assertEquals(offset + "triger".length(), marker.getAttribute(IMarker.CHAR_END, -1));

        IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        assertTrue(waitFor(() -> errorAnnotations(annotations).stream().anyMatch(a -> a.getText().equals(message)),
                5_000), "squiggle in the editor: " + errorAnnotations(annotations));
        Screenshots.take(page.getWorkbenchWindow().getShell(), "rules-editor-typo");

        document.replace(offset, "triger".length(), "trigger");
        assertTrue(waitFor(() -> markers(file, RulesUi.RULE_MARKER).isEmpty(), 15_000),
                "fixed: " + describe(markers(file, RulesUi.RULE_MARKER)));
        assertTrue(waitFor(() -> errorAnnotations(annotations).isEmpty(), 5_000), "annotation gone");
    }

    @Test
    void registerCheckByCommandAndOnSaveWithFindingsThatOpenTheSteckbrief() throws Exception {
        ruleFile("eigene.pwrules", RULES);
        Path registerPath = project.getLocation().toPath().resolve("Kreis.pwreg");
        RegisterStore.save(register(), registerPath);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile registerFile = project.getFile("Kreis.pwreg");
        assertTrue(registerFile.exists());
        RegisterDocument document = RegisterDocuments.getDefault().open(registerPath);

        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.prozesswerk.rules.ui.validateRegister", null);
        drain();
        List<IMarker> findings = markers(registerFile, RulesUi.REGISTER_MARKER);
        List<IMarker> own = findings.stream().filter(m -> "T-01".equals(m.getAttribute(RulesUi.RULE_ID, ""))).toList();
        assertEquals(1, own.size(), "one Steckbrief without trigger: " + describe(findings));
        IMarker finding = own.get(0);
        assertEquals("[T-01] Steckbrief PW-2 hat keinen Auslöser.", finding.getAttribute(IMarker.MESSAGE, ""));
        assertEquals("Prozessregister Kreis/Bauen/Steckbrief PW-2", finding.getAttribute(IMarker.LOCATION, ""));
        assertEquals(IMarker.SEVERITY_WARNING, finding.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(findings.stream().anyMatch(m -> m.getAttribute(RulesUi.RULE_ID, "").startsWith("MPQ-")),
                "the installed rule set runs too: " + describe(findings));

        IViewPart problems = page.findView(PROBLEMS_VIEW);
        assertNotNull(problems, "the check brings up the Problems view");
        Tree tree = find((Composite) viewControl(problems), Tree.class);
        assertTrue(waitFor(() -> treeTexts(tree).stream()
                .anyMatch(s -> s.contains("[T-01] Steckbrief PW-2 hat keinen Auslöser.")), 10_000),
                "listed in the Problems view: " + treeTexts(tree));
        // Severity icons, not the 6x6 "missing image" square that appears when the IDE's images are not declared.
        for (TreeItem group : tree.getItems()) {
            assertTrue(group.getImage() != null && group.getImage().getBounds().width >= 16,
                    group.getText() + ": " + group.getImage());
            for (TreeItem entry : group.getItems()) {
                assertTrue(entry.getImage() != null && entry.getImage().getBounds().width >= 16,
                        entry.getText() + ": " + entry.getImage());
            }
        }
        Screenshots.take(page.getWorkbenchWindow().getShell(), "problems-view-register-findings");

        // What a double-click in the Problems view does: IDE.openEditor on the marker.
        IDE.openEditor(page, finding);
        drain();
        ProcessProfile withoutTrigger = document.register().getRootFolders().get(0).getProfiles().get(1);
        assertTrue(waitFor(() -> page.getActiveEditor() instanceof ProfileEditor, 5_000),
                "the Steckbrief editor opened: " + page.getActiveEditor());
        assertEquals(ProfileEditorInput.of(document, withoutTrigger), page.getActiveEditor().getEditorInput());
        assertEquals(1, page.getEditorReferences().length, "the opener closed itself: "
                + Arrays.stream(page.getEditorReferences()).map(r -> r.getId()).toList());

        // Fix it through the register's editing domain and save as the workbench does: the finding goes away.
        Command set = SetCommand.create(document.editingDomain(), withoutTrigger,
                ProzesswerkPackage.Literals.PROCESS_PROFILE__TRIGGER, "Antrag geht ein");
        document.editingDomain().getCommandStack().execute(set);
        assertTrue(document.isDirty());
        document.saveable().doSave(null);
        drain();
        assertFalse(document.isDirty());
        assertTrue(markers(registerFile, RulesUi.REGISTER_MARKER).stream()
                .noneMatch(m -> "T-01".equals(m.getAttribute(RulesUi.RULE_ID, ""))),
                "checked again on save: " + describe(markers(registerFile, RulesUi.REGISTER_MARKER)));
        assertFalse(markers(registerFile, RulesUi.REGISTER_MARKER).isEmpty(), "other findings stay");
    }

    /**
     * Registers outside the workspace (a file opened with "Register öffnen", and the Musterregister, which lies in the
     * workspace directory but in no project) get their findings on a linked file, so that a double-click in the
     * Problems view reaches the Steckbrief too.
     */
    @Test
    void findingsOfRegistersOutsideTheWorkspaceOpenTheSteckbriefToo(@TempDir Path elsewhere) throws Exception {
        Path workspaceDirectory = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
        Path inWorkspaceDirectory = workspaceDirectory.resolve("Kreis.pwreg");
        Path outside = elsewhere.resolve("Kreis.pwreg");
        try {
            for (Path registerPath : List.of(outside, inWorkspaceDirectory)) {
                RegisterStore.save(register(), registerPath);
                RegisterDocument document = RegisterDocuments.getDefault().open(registerPath);
                PlatformUI.getWorkbench().getService(IHandlerService.class)
                        .executeCommand("org.prozesswerk.rules.ui.validateRegister", null);
                drain();

                IMarker finding = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot()
                        .findMarkers(RulesUi.REGISTER_MARKER, false, IResource.DEPTH_INFINITE))
                        .filter(m -> registerPath.toString().equals(m.getAttribute(RulesUi.REGISTER_FILE, "")))
                        .filter(m -> "MPQ-03".equals(m.getAttribute(RulesUi.RULE_ID, ""))).findFirst()
                        .orElseThrow(() -> new AssertionError("no MPQ-03 finding for " + registerPath));
                IFile link = assertInstanceOf(IFile.class, finding.getResource(), "a file, not the workspace root");
                assertTrue(link.isLinked(), link.toString());
                assertEquals(registerPath.toUri(), link.getLocationURI());
                assertEquals("Externe Register", link.getProject().getName());

                IDE.openEditor(page, finding); // what a double-click in the Problems view does
                drain();
                ProcessProfile withBadKey = document.register().getRootFolders().get(0).getProfiles().get(0);
                assertTrue(waitFor(() -> page.getActiveEditor() instanceof ProfileEditor, 5_000),
                        registerPath + ": the Steckbrief editor opened: " + page.getActiveEditor());
                assertEquals(ProfileEditorInput.of(document, withBadKey), page.getActiveEditor().getEditorInput());
                page.closeAllEditors(false);
                RegisterDocuments.getDefault().close(document);
                drain();
            }
            IProject links = ResourcesPlugin.getWorkspace().getRoot().getProject("Externe Register");
            assertEquals(List.of("Kreis (2).pwreg", "Kreis.pwreg"), Arrays.stream(links.members())
                    .map(IResource::getName).filter(n -> n.startsWith("Kreis")).sorted().toList(),
                    "two registers of the same name get two links");
        } finally {
            java.nio.file.Files.deleteIfExists(inWorkspaceDirectory);
        }
    }

    /**
     * A register of an older version (a {@code .pwregb} of an old CSV import) may hold control characters; the command
     * line names each such text on loading, and the workbench lists them in the Problems view as soon as the register
     * is opened, without a check being asked for. The texts are kept, not changed.
     */
    @Test
    void textsWithControlCharactersAreListedInTheProblemsViewWhenTheRegisterOpens() throws Exception {
        ProcessRegister old = register();
        ProcessProfile first = old.getRootFolders().get(0).getProfiles().get(0);
        first.setName("Baugenehmigung\u001B[31m erteilen");
        first.setTrigger("Antrag\u0007");
        Path registerPath = project.getLocation().toPath().resolve("Alt.pwregb");
        RegisterStore.save(old, registerPath);
        Path cleanPath = project.getLocation().toPath().resolve("Kreis.pwreg");
        RegisterStore.save(register(), cleanPath);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        if (page.findView(PROBLEMS_VIEW) != null) {
            page.hideView(page.findView(PROBLEMS_VIEW));
        }

        RegisterDocument clean = RegisterDocuments.getDefault().open(cleanPath);
        RegisterDocument document = RegisterDocuments.getDefault().open(registerPath);
        IFile registerFile = project.getFile("Alt.pwregb");
        assertTrue(waitFor(() -> controlCharacterMarkers(registerFile).size() == 2, 15_000),
                "both texts listed on opening: " + describe(markers(registerFile, RulesUi.REGISTER_MARKER)));
        List<String> messages = controlCharacterMarkers(registerFile).stream()
                .map(m -> m.getAttribute(IMarker.MESSAGE, "")).sorted().toList();
        assertEquals(List.of(
                "[Steuerzeichen] Steckbrief PW-1, Feld „Ausl\u00f6ser“: Steuerzeichen U+0007 (aus einer \u00e4lteren"
                        + " Version). Bleibt beim Speichern als .pwreg oder .pwregb erhalten; Exporte schreiben U+FFFD"
                        + " und nennen es im Bericht",
                "[Steuerzeichen] Steckbrief PW-1, Feld „Bezeichnung“: Steuerzeichen U+001B (aus einer \u00e4lteren"
                        + " Version). Bleibt beim Speichern als .pwreg oder .pwregb erhalten; Exporte schreiben U+FFFD"
                        + " und nennen es im Bericht"), messages);
        for (IMarker marker : controlCharacterMarkers(registerFile)) {
            assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
            assertEquals("Prozessregister Kreis/Bauen/Steckbrief PW-1", marker.getAttribute(IMarker.LOCATION, ""));
        }
        assertTrue(markers(project.getFile("Kreis.pwreg"), RulesUi.REGISTER_MARKER).isEmpty(),
                "a register without control characters gets no entry");

        IViewPart problems = page.findView(PROBLEMS_VIEW);
        assertNotNull(problems, "opening such a register brings up the Problems view");
        Tree tree = find((Composite) viewControl(problems), Tree.class);
        assertTrue(waitFor(() -> treeTexts(tree).stream().filter(t -> t.startsWith("[Steuerzeichen]")).count() == 2,
                10_000), "listed in the Problems view: " + treeTexts(tree));
        Screenshots.take(page.getWorkbenchWindow().getShell(), "problems-view-control-characters");

        // A double-click opens the Steckbrief; the texts are unchanged (nothing was replaced behind the user's back).
        IDE.openEditor(page, controlCharacterMarkers(registerFile).get(0));
        drain();
        ProcessProfile loaded = document.register().getRootFolders().get(0).getProfiles().get(0);
        assertTrue(waitFor(() -> page.getActiveEditor() instanceof ProfileEditor, 5_000),
                "the Steckbrief editor opened: " + page.getActiveEditor());
        assertEquals(ProfileEditorInput.of(document, loaded), page.getActiveEditor().getEditorInput());
        assertEquals("Baugenehmigung\u001B[31m erteilen", loaded.getName());
        assertFalse(document.isDirty());

        // A check keeps listing them next to the rule findings.
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.prozesswerk.rules.ui.validateRegister", null);
        drain();
        assertEquals(2, controlCharacterMarkers(registerFile).size(),
                "after a check: " + describe(markers(registerFile, RulesUi.REGISTER_MARKER)));
        RegisterDocuments.getDefault().close(clean);
    }

    private static List<IMarker> controlCharacterMarkers(IResource resource) {
        return markers(resource, RulesUi.REGISTER_MARKER).stream()
                .filter(m -> "Steuerzeichen".equals(m.getAttribute(RulesUi.RULE_ID, ""))).toList();
    }

    // ------------------------------------------------------------------------------------------------------------

    private static ProcessRegister register() {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId("reg-kreis");
        register.setName("Prozessregister Kreis");
        OrgUnit amt = TestRegisters.unit("ou-63", "Bauordnungsamt", "63", null);
        register.getOrganisation().add(amt);
        Folder bauen = TestRegisters.folder("f-bauen", "Bauen");
        register.getRootFolders().add(bauen);
        for (int i = 1; i <= 2; i++) {
            String name = i == 1 ? "Baugenehmigung erteilen" : "Abbruch anzeigen";
            ProcessProfile profile = TestRegisters.profile("p-" + i, "PW-" + i, name, FimStatus.IN_PROGRESS, amt);
            if (i == 1) {
                profile.setTrigger("Bauantrag geht ein");
                // a malformed LeiKa key: rule MPQ-03 of the installed rule set reports it
                profile.getCatalogueReferences().add(TestRegisters.reference("leika", "12345", null, null));
            }
            bauen.getProfiles().add(profile);
        }
        return register;
    }

    private static StyleRange styleAt(StyledText text, int offset) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        assertNotNull(range, "a style at " + offset + " ('" + text.getText().substring(offset, offset + 5) + "…')");
        assertNotNull(range.foreground, "a colour at " + offset);
        return range;
    }

    private static List<IMarker> markers(IResource resource, String type) {
        try {
            return List.of(resource.findMarkers(type, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<IMarker> markers) {
        return markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "") + " @" + m.getAttribute(IMarker.LOCATION,
                "line " + m.getAttribute(IMarker.LINE_NUMBER, -1))).toList().toString();
    }

    private static List<Annotation> errorAnnotations(IAnnotationModel model) {
        List<Annotation> result = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if (annotation.getType().equals("org.eclipse.ui.workbench.texteditor.error")) {
                result.add(annotation);
            }
        }
        return result;
    }

    /** The proposal popup is a shell of its own holding a table. */
    private static Table waitForProposalTable() {
        Table[] found = new Table[1];
        waitFor(() -> {
            for (Shell shell : display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    Table table = findOrNull(shell, Table.class);
                    if (table != null && table.getItemCount() > 0) {
                        found[0] = table;
                        return true;
                    }
                }
            }
            return false;
        }, 10_000);
        assertNotNull(found[0], "content assist popup with proposals");
        return found[0];
    }

    private static List<String> itemTexts(Table table) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            texts.add(item.getText());
        }
        return texts;
    }

    private static int indexOf(List<String> items, String prefix) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix + " not in " + items);
    }

    private static void closePopups() {
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Shell shell : display().getShells()) {
            if (shell != workbench && !shell.isDisposed() && shell.isVisible()) {
                shell.setVisible(false);
            }
        }
        drain();
    }

    private static Control viewControl(IViewPart view) {
        Control control = view.getAdapter(Control.class);
        if (control != null) {
            return control;
        }
        return find(view.getSite().getShell(), Tree.class).getParent();
    }

    private static List<String> treeTexts(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            // the top level are the severity groups ("Warnungen (1 Element)"); their entries load on expansion
            if (!item.getExpanded()) {
                Event event = new Event();
                event.item = item;
                tree.notifyListeners(SWT.Expand, event);
                item.setExpanded(true);
            }
            collect(item, texts);
        }
        return texts;
    }

    private static void collect(TreeItem item, List<String> texts) {
        StringBuilder row = new StringBuilder(item.getText());
        for (int c = 1; c < item.getParent().getColumnCount(); c++) {
            row.append(" | ").append(item.getText(c));
        }
        texts.add(row.toString());
        for (TreeItem child : item.getItems()) {
            collect(child, texts);
        }
    }

    private static <T extends Control> T find(Composite root, Class<T> type) {
        return Controls.first(root, type);
    }

    private static <T extends Control> T findOrNull(Control root, Class<T> type) {
        return Controls.firstOrNull(root, type, control -> true);
    }

    private static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    private static void drain() {
        EventLoop.drain();
    }

    private static boolean waitFor(BooleanSupplier condition, long millis) {
        return EventLoop.waitFor(condition, millis);
    }
}
