/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.legalBasis;
import static org.prozesswerk.tests.support.TestRegisters.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.RegisterIntegrity;
import org.prozesswerk.merge.Side;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.muster.MusterVersions;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.tests.support.Workbenches;

/**
 * „Register aktualisieren…“ and „Vergleichen mit…“ in the real workbench (UI harness, Xvfb, -nl de): a municipality's
 * register (ours) derived from a base, a new version (theirs) with overlapping changes; the preview shows the grouped
 * changes with German columns, conflicts are decided by one click, by button and by rule, the decisions are saved and
 * resumed in a second dialog, the update is applied as one command, the register holds the expected result and passes
 * the integrity check, and one undo restores its bytes exactly. The compare editor shows the differences to the base.
 * Screenshots go to target/screenshots.
 */
class UpdateRegisterWorkbenchTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private RegisterDocument document;
    private Path baseFile;
    private Path theirsFile;
    private UpdateRegisterDialog dialog;

    @BeforeEach
    void setUp() throws Exception {
        page = Workbenches.page(1400, 900);

        ProcessRegister base = base();
        ProcessRegister ours = EcoreUtil.copy(base);
        ProcessRegister theirs = EcoreUtil.copy(base);
        // the municipality: renamed two Steckbriefe, its own titles of legal bases, times and a unit entered
        profile(ours, "p1").setName("Wohnsitz anmelden");
        profile(ours, "p1").getLegalBases().get(0).setTitle("Anmeldepflicht (lokal)");
        profile(ours, "p3").setName("Gewerbeanmeldung (lokal)");
        profile(ours, "p3").getLegalBases().get(0).setTitle("Anzeige (lokal)");
        profile(ours, "p2").setProcessingMinutesPerCase(15);
        profile(ours, "p4").setResponsibleUnit(ours.getOrganisation().get(0));
        // the new version: renamed the same Steckbriefe differently, new titles, a new trigger, a new Steckbrief and a
        // further legal basis
        profile(theirs, "p1").setName("Anmeldung einer Wohnung oder Nebenwohnung");
        profile(theirs, "p1").getLegalBases().get(0).setTitle("Allgemeine Meldepflicht");
        profile(theirs, "p3").setName("Gewerbeanzeige");
        profile(theirs, "p3").getLegalBases().get(0).setTitle("Anzeigepflicht nach GewO");
        profile(theirs, "p4").setTrigger("Antrag (online oder schriftlich)");
        profile(theirs, "p2").getLegalBases().add(legalBasis("BMG", "§ 18", "Meldebescheinigung"));
        ProcessProfile added = TestRegisters.profile("p5", "MW-03", "Meldebescheinigung ausstellen");
        ((Folder) profile(theirs, "p1").eContainer()).getProfiles().add(added);

        baseFile = dir.resolve("basis.pwreg");
        theirsFile = dir.resolve("neu.pwreg");
        Path oursFile = dir.resolve("Gemeinde.pwreg");
        RegisterStore.save(base, baseFile);
        RegisterStore.save(theirs, theirsFile);
        RegisterStore.save(ours, oursFile);
        document = RegisterDocuments.getDefault().open(oursFile);
    }

    @AfterEach
    void tearDown() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        page.closeAllEditors(false);
        for (RegisterDocument open : RegisterDocuments.getDefault().documents()) {
            RegisterDocuments.getDefault().close(open);
        }
        EventLoop.drain();
    }

    @Test
    void commandsAreContributed() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command update = commands.getCommand("org.prozesswerk.merge.ui.updateRegister");
        Command compare = commands.getCommand("org.prozesswerk.merge.ui.compareRegister");
        assertTrue(update.isDefined() && compare.isDefined());
        assertTrue(update.isHandled() && compare.isHandled());
        assertEquals("Register aktualisieren\u2026", assertDoesNotThrowName(update));
        assertEquals("Vergleichen mit\u2026", assertDoesNotThrowName(compare));
    }

    private static String assertDoesNotThrowName(Command command) {
        try {
            return command.getName();
        } catch (org.eclipse.core.commands.common.NotDefinedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void updateWithConflictsDecidedByClickButtonAndRuleSavedResumedAppliedAndUndone() throws Exception {
        byte[] before = RegisterStore.toBytes(document.register(), RegisterFormat.XMI);
        dialog = openDialog();
        Tree tree = dialog.tree().viewer().getTree();
        assertArrayEquals(new String[] { "Element", "\u00c4nderung", "Basis", "Lokal", "Neu", "Ergebnis" },
                columnTitles(tree));
        assertEquals("Anwenden", dialog.button(IDialogConstants.OK_ID).getText());

        List<Conflict> conflicts = dialog.result().conflicts();
        assertEquals(4, conflicts.size(), conflicts.toString());
        Conflict p1Name = conflict(ConflictKind.SAME_FIELD, "p1", "name");
        Conflict p3Name = conflict(ConflictKind.SAME_FIELD, "p3", "name");
        Conflict p1Legal = conflict(ConflictKind.SAME_FIELD, "p1", "legalBases.title");
        Conflict p3Legal = conflict(ConflictKind.SAME_FIELD, "p3", "legalBases.title");
        // policy: legal bases follow the new version unless decided otherwise; names have no default
        assertEquals(Side.THEIRS, dialog.decisions().resolve(p1Legal));
        assertNull(dialog.decisions().resolve(p1Name));
        assertEquals(2, dialog.result().openConflicts(dialog.decisions()).size());
        assertFalse(dialog.button(IDialogConstants.OK_ID).isEnabled(), "open conflicts: nothing to apply yet");

        // grouped by folder, then Steckbrief
        List<String> groups = topLevelTexts(tree);
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("B\u00fcrgerdienste / Meldewesen (")), groups.toString());
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("Ordnung (")), groups.toString());
        TreeItem p1NameItem = item(tree, p1Name);
        assertEquals("Bezeichnung", p1NameItem.getText(0));
        assertEquals("Anmeldung einer Wohnung", p1NameItem.getText(2));
        assertEquals("Wohnsitz anmelden", p1NameItem.getText(3));
        assertEquals("Anmeldung einer Wohnung oder Nebenwohnung", p1NameItem.getText(4));
        assertEquals("? offen", p1NameItem.getText(5));
        assertEquals(rgb(ChangeTree.OPEN_COLOR), p1NameItem.getBackground(0).getRGB(), "open conflict highlighted");
        TreeItem p1LegalItem = item(tree, p1Legal);
        assertEquals("Rechtsgrundlagen [BMG \u00a7 17] \u203a Titel", p1LegalItem.getText(0));
        assertTrue(p1LegalItem.getParentItem().getText(0).startsWith("MW-01 Wohnsitz anmelden ("),
                "a legal basis conflict is shown under its Steckbrief: " + p1LegalItem.getParentItem().getText(0));
        assertEquals(rgb(ChangeTree.DECIDED_COLOR), p1LegalItem.getBackground(0).getRGB(), "decided by the policy");
        assertEquals("Allgemeine Meldepflicht", p1LegalItem.getText(5));
        assertTrue(allItemTexts(tree).contains("Antrag (online oder schriftlich)"), "incoming change listed");
        assertTrue(allItemTexts(tree).stream().anyMatch(t -> t.startsWith("MW-03 Meldebescheinigung")),
                "added Steckbrief listed: " + allItemTexts(tree));
        assertTrue(dialog.getMessage().contains("Noch 2 Konflikte offen"), dialog.getMessage());
        Screenshots.take(dialog.getShell(), "merge-update-preview");

        // one click into „Lokal“ decides for the local value
        click(tree, p1NameItem, 3);
        assertEquals(Side.OURS, dialog.decisions().resolve(p1Name));
        assertEquals("Wohnsitz anmelden", item(tree, p1Name).getText(5));

        // by rule: all legal bases stay local (against the policy's suggestion)
        int legal = indexOf(dialog.ruleChoices(), c -> UpdateRegisterDialog.isRuleFor(c, ElementType.PROFILE,
                "legalBases"));
        assertTrue(dialog.ruleCombo().getItem(legal).startsWith("alle Rechtsgrundlagen (Konflikte: 2)"),
                dialog.ruleCombo().getItem(legal));
        dialog.ruleCombo().select(legal);
        dialog.ruleSide().select(1);
        assertEquals("lokal behalten", dialog.ruleSide().getText());
        press(button(dialog.getShell(), "Regel anwenden"));
        assertEquals(Side.OURS, dialog.decisions().resolve(p1Legal));
        assertEquals(Side.OURS, dialog.decisions().resolve(p3Legal));
        assertEquals(List.of(p3Name), dialog.result().openConflicts(dialog.decisions()));

        // filter and search
        dialog.tree().search().setText("gewerbe");
        List<String> filtered = topLevelTexts(tree);
        assertEquals(1, filtered.size(), filtered.toString());
        assertTrue(filtered.get(0).startsWith("Ordnung ("), filtered.toString());
        Screenshots.take(dialog.getShell(), "merge-update-search");
        dialog.tree().search().setText("");
        dialog.tree().conflictsOnly().setSelection(true);
        dialog.tree().conflictsOnly().notifyListeners(SWT.Selection, new Event());
        assertTrue(allChanges(tree).stream().allMatch(c -> c.conflict() != null), "only conflicts shown");
        assertEquals(4, allChanges(tree).size());

        // save the half-decided state, cancel, resume in a new dialog
        Path decisionsFile = dir.resolve("entscheidungen.json");
        dialog.saveDecisions(decisionsFile);
        assertTrue(Files.readString(decisionsFile).contains(p1Name.id()));
        press(dialog.button(IDialogConstants.CANCEL_ID));
        assertArrayEquals(before, RegisterStore.toBytes(document.register(), RegisterFormat.XMI),
                "cancel changes nothing");
        dialog = openDialog();
        tree = dialog.tree().viewer().getTree();
        assertEquals(2, dialog.result().openConflicts(dialog.decisions()).size(), "fresh dialog: policy only");
        dialog.loadDecisions(decisionsFile);
        assertEquals(Side.OURS, dialog.decisions().resolve(p1Name));
        assertEquals(Side.OURS, dialog.decisions().resolve(p3Legal));
        assertEquals(List.of(p3Name), dialog.result().openConflicts(dialog.decisions()));

        // the last one by selection and button
        dialog.tree().viewer().setSelection(new StructuredSelection(change(tree, p3Name)));
        press(button(dialog.getShell(), "Neu \u00fcbernehmen"));
        assertEquals(Side.THEIRS, dialog.decisions().resolve(p3Name));
        assertTrue(dialog.button(IDialogConstants.OK_ID).isEnabled());
        assertEquals(rgb(ChangeTree.CHOSEN_COLOR), item(tree, p3Name).getBackground(4).getRGB(),
                "the chosen side is marked");
        Screenshots.take(dialog.getShell(), "merge-update-decided");

        press(dialog.button(IDialogConstants.OK_ID));
        assertNull(dialog.getShell(), "applied and closed");
        ProcessRegister register = document.register();
        assertEquals("Wohnsitz anmelden", profile(register, "p1").getName());
        assertEquals("Anmeldepflicht (lokal)", profile(register, "p1").getLegalBases().get(0).getTitle());
        assertEquals("Gewerbeanzeige", profile(register, "p3").getName());
        assertEquals("Anzeige (lokal)", profile(register, "p3").getLegalBases().get(0).getTitle());
        assertEquals("Antrag (online oder schriftlich)", profile(register, "p4").getTrigger());
        assertEquals("B\u00fcrgeramt", profile(register, "p4").getResponsibleUnit().getName(), "local unit kept");
        assertEquals(15.0, profile(register, "p2").getProcessingMinutesPerCase(), "local time kept");
        assertEquals(List.of("\u00a7 17 (2)", "\u00a7 18"), profile(register, "p2").getLegalBases().stream()
                .map(LegalBasis::getParagraph).collect(Collectors.toList()));
        ProcessProfile p5 = profile(register, "p5");
        assertNotNull(p5, "new Steckbrief added");
        assertEquals("Meldewesen", ((Folder) p5.eContainer()).getName());
        assertEquals(List.of(), RegisterIntegrity.check(register));
        assertTrue(document.isDirty());
        // the register remembers what it is now based on, so the next update needs no question
        assertEquals(theirsFile.toAbsolutePath().normalize().toString(), register.getBaseVersion());
        assertEquals(64, register.getBaseChecksum().length());
        assertEquals(register.getBaseVersion(), RegisterSource.rememberedBase(register).key());

        // one undo restores the register exactly
        assertTrue(document.editingDomain().getCommandStack().canUndo());
        document.editingDomain().getCommandStack().undo();
        assertArrayEquals(before, RegisterStore.toBytes(document.register(), RegisterFormat.XMI),
                "undo restores the register byte for byte");
        document.editingDomain().getCommandStack().redo();
        assertEquals("Gewerbeanzeige", profile(document.register(), "p3").getName(), "redo applies again");
    }

    /**
     * The real update of docs/musterregister.md: Musterstadt (based on V1) to the built-in V2.1. The base comes from
     * the register; the 146 conflicts are decided by rules (folders and names stay local, the rest from V2.1).
     */
    @Test
    void realUpdateOfMusterstadtFromV1ToV21() throws Exception {
        Path musterstadt = dir.resolve("Musterstadt.pwreg");
        RegisterStore.save(MusterVersions.build(MusterVersions.LOCAL).orElseThrow(), musterstadt);
        document = RegisterDocuments.getDefault().open(musterstadt);
        byte[] before = RegisterStore.toBytes(document.register(), RegisterFormat.XMI);
        dialog = new UpdateRegisterDialog(page.getWorkbenchWindow().getShell(), document);
        dialog.setBlockOnOpen(false);
        dialog.open();
        EventLoop.drain();
        assertEquals(MusterVersions.V1, dialog.baseChooser().selection().key(), "the register remembers its base");
        assertEquals("Musterregister V1 (2023, mitgeliefert)", dialog.baseChooser().combo().getText());
        RegisterSource v21 = RegisterSource.builtIn().stream().filter(s -> s.key().equals(MusterVersions.V2_1))
                .findFirst().orElseThrow();
        dialog.theirsChooser().select(v21);
        EventLoop.drain();
        assertNotNull(dialog.result(), dialog.getErrorMessage());
        assertEquals(146, dialog.result().conflicts().size(), "figure of docs/musterregister.md");
        assertEquals(110, dialog.result().conflictsByKind().get(ConflictKind.MOVE_MOVE));
        dialog.tree().conflictsOnly().setSelection(true);
        dialog.tree().conflictsOnly().notifyListeners(SWT.Selection, new Event());
        Screenshots.take(dialog.getShell(), "merge-musterstadt-preview");

        int moves = indexOf(dialog.ruleChoices(), c -> c.rules().size() == 1
                && c.rules().get(0).kind() == ConflictKind.MOVE_MOVE);
        dialog.applyRule(dialog.ruleChoices().get(moves), Side.OURS);
        int names = indexOf(dialog.ruleChoices(), c -> UpdateRegisterDialog.isRuleFor(c, ElementType.PROFILE, "name"));
        dialog.applyRule(dialog.ruleChoices().get(names), Side.OURS);
        for (UpdateRegisterDialog.RuleChoice c : List.copyOf(dialog.ruleChoices())) {
            if (c.rules().get(0).kind() != null && c.rules().get(0).kind() != ConflictKind.MOVE_MOVE) {
                dialog.applyRule(c, Side.THEIRS);
            }
        }
        for (Conflict c : dialog.result().openConflicts(dialog.decisions())) {
            dialog.decide(List.of(c), Side.THEIRS);
        }
        assertEquals(List.of(), dialog.result().openConflicts(dialog.decisions()));
        Screenshots.take(dialog.getShell(), "merge-musterstadt-decided");
        press(dialog.button(IDialogConstants.OK_ID));
        assertNull(dialog.getShell(), "applied");
        ProcessRegister register = document.register();
        assertEquals(List.of(), RegisterIntegrity.check(register));
        assertEquals(MusterVersions.V2_1, register.getBaseVersion());
        assertTrue(register.getRootFolders().stream().anyMatch(f -> "B\u00fcrgerb\u00fcro".equals(f.getName())),
                "the local folder stays (moves decided local)");
        document.editingDomain().getCommandStack().undo();
        assertArrayEquals(before, RegisterStore.toBytes(document.register(), RegisterFormat.XMI),
                "undo restores the register byte for byte");
    }

    @Test
    void compareEditorShowsTheGroupedDifferencesToTheBase() throws Exception {
        CompareEditor editor = CompareRegisterHandler.open(page, document, RegisterSource.file(baseFile));
        EventLoop.drain();
        Tree tree = editor.tree().viewer().getTree();
        String[] titles = columnTitles(tree);
        assertEquals("Element", titles[0]);
        assertEquals("\u00c4nderung", titles[1]);
        assertEquals("basis.pwreg", titles[2]);
        assertEquals("Gemeinde Musterstadt", titles[3], "the register's name");
        assertTrue(editor.getPartName().contains("\u2194"), editor.getPartName());
        List<Change> rows = editor.tree().rows();
        Change rename = rows.stream().filter(c -> c.element().startsWith("MW-01") && c.feature().equals("Bezeichnung"))
                .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals("Anmeldung einer Wohnung", rename.values()[0]);
        assertEquals("Wohnsitz anmelden", rename.values()[1]);
        assertEquals("geändert", rename.kind());
        assertTrue(rows.stream().anyMatch(c -> c.feature().startsWith("Rechtsgrundlagen") && "Anzeige (lokal)"
                .equals(c.values()[1])), rows.toString());
        assertTrue(rows.stream().anyMatch(c -> c.feature().equals("Zuständige Organisationseinheit")
                || c.feature().contains("Organisationseinheit")), rows.toString());
        assertTrue(rows.stream().allMatch(c -> c.conflict() == null));
        List<String> groups = topLevelTexts(tree);
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("B\u00fcrgerdienste / Meldewesen (")), groups.toString());
        for (TreeItem g : tree.getItems()) {
            g.setExpanded(true);
        }
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        EventLoop.drain();
        for (TreeColumn column : tree.getColumns()) {
            assertTrue(column.getWidth() >= 100, "every column visible: " + column.getText() + " " + column.getWidth());
        }
        Screenshots.take(page.getWorkbenchWindow().getShell(), "merge-compare-editor");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
    }

    // --- fixture -------------------------------------------------------------------------------------------------

    private static ProcessRegister base() {
        ProcessRegister r = F.createProcessRegister();
        r.setId("reg");
        r.setName("Gemeinde Musterstadt");
        r.getOrganisation().add(unit("ou-32", "B\u00fcrgeramt", "32", null));
        Folder citizens = folder("f-b", "B\u00fcrgerdienste");
        Folder registration = folder("f-m", "Meldewesen");
        citizens.getFolders().add(registration);
        Folder order = folder("f-o", "Ordnung");
        r.getRootFolders().add(citizens);
        r.getRootFolders().add(order);
        ProcessProfile p1 = TestRegisters.profile("p1", "MW-01", "Anmeldung einer Wohnung");
        p1.getLegalBases().add(legalBasis("BMG", "\u00a7 17", "Anmeldung", null, null));
        ProcessProfile p2 = TestRegisters.profile("p2", "MW-02", "Abmeldung einer Wohnung");
        p2.getLegalBases().add(legalBasis("BMG", "\u00a7 17 (2)", "Abmeldung", null, null));
        registration.getProfiles().add(p1);
        registration.getProfiles().add(p2);
        ProcessProfile p3 = TestRegisters.profile("p3", "OR-01", "Gewerbeanmeldung");
        p3.getLegalBases().add(legalBasis("GewO", "\u00a7 14", "Anzeigepflicht", null, null));
        ProcessProfile p4 = TestRegisters.profile("p4", "OR-02", "Sondernutzungserlaubnis");
        p4.setTrigger("Antrag");
        order.getProfiles().add(p3);
        order.getProfiles().add(p4);
        return r;
    }

    private static ProcessProfile profile(ProcessRegister r, String id) {
        for (var it = r.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ProcessProfile p && id.equals(p.getId())) {
                return p;
            }
        }
        return null;
    }

    // --- driving the dialog --------------------------------------------------------------------------------------

    private UpdateRegisterDialog openDialog() {
        UpdateRegisterDialog d = new UpdateRegisterDialog(page.getWorkbenchWindow().getShell(), document);
        d.setBlockOnOpen(false);
        d.open();
        EventLoop.drain();
        assertEquals("Register aktualisieren", d.getShell().getText());
        assertNull(d.baseChooser().selection(), "the register remembers no base: the user is asked");
        d.theirsChooser().select(RegisterSource.file(theirsFile));
        d.baseChooser().select(RegisterSource.file(baseFile));
        EventLoop.drain();
        assertNotNull(d.result(), d.getErrorMessage());
        return d;
    }

    private Conflict conflict(ConflictKind kind, String elementId, String feature) {
        return dialog.result().conflicts().stream()
                .filter(c -> c.kind() == kind && c.elementId().equals(elementId) && feature.equals(c.feature()))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + elementId + " " + feature + " in "
                        + dialog.result().conflicts()));
    }

    private static String[] columnTitles(Tree tree) {
        TreeColumn[] columns = tree.getColumns();
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = columns[i].getText();
        }
        return out;
    }

    private static List<String> topLevelTexts(Tree tree) {
        List<String> out = new ArrayList<>();
        for (TreeItem i : tree.getItems()) {
            out.add(i.getText(0));
        }
        return out;
    }

    private static List<TreeItem> allItems(Tree tree) {
        List<TreeItem> out = new ArrayList<>();
        for (TreeItem i : tree.getItems()) {
            collect(i, out);
        }
        return out;
    }

    private static void collect(TreeItem item, List<TreeItem> out) {
        out.add(item);
        item.setExpanded(true);
        for (TreeItem c : item.getItems()) {
            collect(c, out);
        }
    }

    private static List<String> allItemTexts(Tree tree) {
        List<String> out = new ArrayList<>();
        for (TreeItem i : allItems(tree)) {
            for (int c = 0; c < tree.getColumnCount(); c++) {
                out.add(i.getText(c));
            }
        }
        return out;
    }

    private static List<Change> allChanges(Tree tree) {
        return allItems(tree).stream().filter(i -> i.getData() instanceof Change).map(i -> (Change) i.getData())
                .collect(Collectors.toList());
    }

    private static TreeItem item(Tree tree, Conflict conflict) {
        return allItems(tree).stream()
                .filter(i -> i.getData() instanceof Change c && conflict.equals(c.conflict())).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + conflict));
    }

    private static Change change(Tree tree, Conflict conflict) {
        return (Change) item(tree, conflict).getData();
    }

    /** A real mouse-down into the middle of a cell, as SWT delivers it to the tree's listeners. */
    private static void click(Tree tree, TreeItem item, int column) {
        tree.showItem(item);
        EventLoop.drain();
        Rectangle cell = item.getBounds(column);
        Event e = new Event();
        e.x = cell.x + cell.width / 2;
        e.y = cell.y + cell.height / 2;
        e.button = 1;
        tree.notifyListeners(SWT.MouseDown, e);
        EventLoop.drain();
    }

    private static void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " enabled");
        button.notifyListeners(SWT.Selection, new Event());
        EventLoop.drain();
    }

    private static Button button(Shell shell, String text) {
        List<Button> found = Controls.all(shell, Button.class).stream().filter(b -> text.equals(b.getText())).toList();
        assertEquals(1, found.size(), "one button „" + text + "“");
        return found.get(0);
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not found in " + list);
    }

    private static org.eclipse.swt.graphics.RGB rgb(String key) {
        return org.eclipse.jface.resource.JFaceResources.getColorRegistry().getRGB(key);
    }
}
