package org.prozesswerk.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.ui.editors.tests.Widgets.column;
import static org.prozesswerk.ui.editors.tests.Widgets.drain;
import static org.prozesswerk.ui.editors.tests.Widgets.find;
import static org.prozesswerk.ui.editors.tests.Widgets.fire;
import static org.prozesswerk.ui.editors.tests.Widgets.rows;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.ui.editors.internal.AttributesPage;
import org.prozesswerk.ui.editors.internal.CatalogueEntryDialog;
import org.prozesswerk.ui.editors.internal.CataloguesPage;
import org.prozesswerk.ui.editors.internal.ContextsPage;
import org.prozesswerk.ui.editors.internal.HistoryPage;
import org.prozesswerk.ui.editors.internal.LegalBasesPage;
import org.prozesswerk.ui.editors.internal.ModelsPage;
import org.prozesswerk.ui.editors.internal.OrganisationPage;
import org.prozesswerk.ui.editors.internal.OverviewPage;
import org.prozesswerk.ui.editors.internal.ProfilePage;
import org.prozesswerk.ui.editors.internal.StatusChangeDialog;
import org.prozesswerk.ui.properties.RegisterPropertySheetPage;
import org.prozesswerk.ui.properties.RegisterPropertySourceProvider;

/**
 * The Steckbrief editor in the real workbench (UI harness, Xvfb, -nl de) on a register file written by the core's
 * RegisterStore: every page, editing through widgets and commands, undo, dirty state, save, the status workflow,
 * the catalogue pickers, the Eigenschaften view, closing on delete. Screenshots of every page go to
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfileEditorTest {

    @TempDir
    Path directory;

    private Path file;
    private RegisterDocument document;
    private IWorkbenchPage page;

    @BeforeEach
    void openRegister() throws Exception {
        assertEquals("de", Locale.getDefault().getLanguage(), "tests run with -nl de");
        file = EditorFixture.write(directory);
        document = RegisterDocuments.getDefault().open(file);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1600, 1000);
    }

    @AfterEach
    void closeAll() {
        page.closeAllEditors(false);
        for (RegisterDocument open : RegisterDocuments.getDefault().documents()) {
            RegisterDocuments.getDefault().close(open);
        }
        drain();
    }

    private ProcessProfile profile(String id) {
        return (ProcessProfile) document.register().eResource().getEObject(id);
    }

    private ProfileEditor open(String id) throws Exception {
        IEditorPart part = page.openEditor(ProfileEditorInput.of(document, profile(id)), ProfileEditor.ID);
        return assertInstanceOf(ProfileEditor.class, part);
    }

    private static ProfilePage show(ProfileEditor editor, String pageId) {
        IFormPage formPage = editor.showPage(pageId);
        drain();
        return assertInstanceOf(ProfilePage.class, formPage);
    }

    private static Control root(ProfilePage page) {
        return page.getPartControl();
    }

    private static void waitForResolution() throws InterruptedException {
        Job.getJobManager().join(ProfileEditor.JOB_FAMILY, null);
        drain();
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void opensFastAndEveryPageShowsItsContent() throws Exception {
        // Wall-clock time depends on the machine's load (the build machine runs other builds at the same time);
        // the UI thread's CPU time is what the editor costs. Both are written to target/screenshots.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> timings = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ProfileEditor editor = open(EditorFixture.ABBRUCH_ID);
        long opened = System.nanoTime();
        long cpuOpened = threads.getCurrentThreadCpuTime();
        drain();
        timings.add(String.format(Locale.ROOT, "first open (cold: class loading, forms): %.1f ms wall, %.1f ms CPU",
                (opened - start) / 1e6, (cpuOpened - cpuStart) / 1e6));
        page.closeEditor(editor, false);
        drain();
        List<Double> wall = new ArrayList<>();
        List<Double> wallPainted = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = i % 2 == 0 ? EditorFixture.GEWERBE_ID : EditorFixture.ABBRUCH_ID;
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            ProfileEditor warm = open(id);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            while (Widgets.display().readAndDispatch()) {
                // until the first page is laid out and painted
            }
            long t2 = System.nanoTime();
            wall.add((t1 - t0) / 1e6);
            wallPainted.add((t2 - t0) / 1e6);
            cpu.add((c1 - c0) / 1e6);
            page.closeEditor(warm, false);
            drain();
        }
        timings.add("warm opens (12, alternating two Steckbriefe), median / min / max:");
        timings.add(String.format(Locale.ROOT, "  openEditor wall: %.1f / %.1f / %.1f ms", median(wall),
                Collections.min(wall), Collections.max(wall)));
        timings.add(String.format(Locale.ROOT, "  openEditor CPU (UI thread): %.1f / %.1f / %.1f ms", median(cpu),
                Collections.min(cpu), Collections.max(cpu)));
        timings.add(String.format(Locale.ROOT, "  until first paint, wall: %.1f / %.1f / %.1f ms",
                median(wallPainted), Collections.min(wallPainted), Collections.max(wallPainted)));
        timings.add(String.format(Locale.ROOT, "  system load average during the test: %.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path times = Path.of(System.getProperty("prozesswerk.screenshots", "target/screenshots"))
                .resolve("editor-open-times.txt");
        Files.createDirectories(times.getParent());
        Files.write(times, timings);
        timings.forEach(System.out::println);
        assertTrue(median(cpu) < 200, "opening a Steckbrief costs " + median(cpu) + " ms CPU");
        assertTrue(median(wall) < 2000, "opening a Steckbrief took " + median(wall) + " ms");

        editor = open(EditorFixture.ABBRUCH_ID);
        assertEquals("Abbruchgenehmigung erteilen", editor.getPartName());
        assertTrue(editor.getTitleToolTip().startsWith("PW-000101 \u2013 "), editor.getTitleToolTip());
        assertTrue(editor.getTitleToolTip().endsWith("Kreisstadt.pwreg"), editor.getTitleToolTip());
        Shell shell = editor.getSite().getShell();

        ProfilePage overview = show(editor, OverviewPage.ID);
        assertEquals("Übersicht", overview.getTitle());
        Control form = root(overview);
        assertEquals("PW-000101", find(form, "overview.key", Text.class).getText());
        assertEquals("Abbruchgenehmigung erteilen", find(form, "overview.name", Text.class).getText());
        assertEquals("Kernprozess", find(form, "overview.processType", Combo.class).getText());
        assertEquals("1.400", find(form, "overview.caseVolume", Text.class).getText());
        assertEquals("95,5", find(form, "overview.minutesPerCase", Text.class).getText());
        assertEquals("21", find(form, "overview.leadTime", Text.class).getText());
        assertEquals("2 \u2013 Formular-Assistent", find(form, "overview.degree", Combo.class).getText());
        assertEquals("methodisch freigegeben", find(form, "overview.status", Label.class).getText());
        assertEquals("01.01.2024", find(form, "overview.validFrom", Text.class).getText());
        assertEquals("", find(form, "overview.validTo", Text.class).getText());
        assertEquals("Bauen, Abbruch", find(form, "overview.tags", Text.class).getText());
        screenshot(shell, "editor-1-uebersicht");

        Control organisation = root(show(editor, OrganisationPage.ID));
        assertEquals("III Dezernat III Bauen \u203a 63 Bauordnungsamt \u203a 63.1 Bauaufsicht",
                find(organisation, "organisation.responsible", Text.class).getText());
        assertEquals(List.of(
                List.of("III Dezernat III Bauen \u203a 63 Bauordnungsamt \u203a 63.2 Untere Denkmalbehörde",
                        "Stellungnahme"),
                List.of("70 Umweltamt", "Prüfung Schadstoffe")),
                rows(find(organisation, "organisation.participations", Table.class)));
        screenshot(shell, "editor-2-organisation");

        Control catalogues = root(show(editor, CataloguesPage.ID));
        waitForResolution();
        List<List<String>> references = rows(find(catalogues, "catalogues.table", Table.class));
        assertEquals(3, references.size(), "unresolvable references are kept: " + references);
        assertEquals(List.of("LeiKa", EditorFixture.LEIKA_KEY, EditorFixture.LEIKA_LABEL, "aufgelöst", "2019"),
                references.get(0));
        assertEquals(List.of("LeiKa", "99012001999000", "Zurückgezogene Leistung", "Schlüssel nicht im Katalog",
                "2019"), references.get(1));
        assertEquals(List.of("xy.aufgaben", "6.3.1", "Bauaufsicht (Landeskatalog)", "Katalog nicht installiert",
                "2024"), references.get(2));
        screenshot(shell, "editor-3-kataloge");

        Control legal = root(show(editor, LegalBasesPage.ID));
        assertEquals(List.of(List.of("BauGB", "§ 29", "Baugesetzbuch",
                "https://www.gesetze-im-internet.de/bbaug/__29.html", "manuell erfasst")),
                rows(find(legal, "legalBases.table", Table.class)));
        screenshot(shell, "editor-4-rechtsgrundlagen");

        Control contexts = root(show(editor, ContextsPage.ID));
        Table contextTable = find(contexts, "contexts.table", Table.class);
        assertEquals(List.of("Online-Antragsassistent (OAA)", "IT-Fachverfahren"), column(contextTable, 0));
        assertEquals("Bauportal \u2013 Abbruchantrag", rows(contextTable).get(0).get(1));
        assertEquals("https://bauportal.example.org/abbruch", rows(contextTable).get(0).get(3));
        screenshot(shell, "editor-5-kontexte");

        Control models = root(show(editor, ModelsPage.ID));
        assertEquals(List.of(
                List.of("Abbruchgenehmigung (Stufe 3)", "modelle/abbruch.bpmn", "Stufe 3 (103)", "vorhanden",
                        "2 Aktivit\u00e4ten, 1 Gateways, 0 Beteiligte, 1 Medienbr\u00fcche"),
                List.of("Abbruchgenehmigung (Stufe 5)", "modelle/abbruch-detail.bpmn", "Stufe 5 (105)",
                        "Datei fehlt", "")),
                rows(find(models, "models.table", Table.class)));
        screenshot(shell, "editor-6-modelle");

        ProfilePage attributesPage = show(editor, AttributesPage.ID);
        Control attributes = root(attributesPage);
        assertEquals("hoch", find(attributes, "attributes.attr-priority", Combo.class).getText());
        assertEquals("0,75", find(attributes, "attributes.attr-staff", Text.class).getText());
        assertEquals("01.05.2024", find(attributes, "attributes.attr-reviewed", Text.class).getText());
        assertTrue(find(attributes, "attributes.attr-open", Button.class).getSelection());
        assertEquals("https://bauportal.example.org", find(attributes, "attributes.attr-portal", Text.class).getText());
        assertEquals("", find(attributes, "attributes.attr-note", Text.class).getText());
        assertEquals("", find(attributes, "attributes.attr-sponsor", Text.class).getText());
        assertEquals(IMessageProvider.WARNING, attributesPage.getManagedForm().getForm().getMessageType(),
                "the empty required attribute is flagged");
        assertTrue(attributesPage.getManagedForm().getForm().getMessage().contains("Fachliche Leitstelle"),
                attributesPage.getManagedForm().getForm().getMessage());
        screenshot(shell, "editor-7-attribute");

        Control history = root(show(editor, HistoryPage.ID));
        assertEquals("methodisch freigegeben", find(history, "history.status", Label.class).getText());
        assertEquals("in Bearbeitung, fachlich freigegeben (silber), inaktiv",
                find(history, "history.next", Label.class).getText());
        List<List<String>> changes = rows(find(history, "history.table", Table.class));
        assertEquals(3, changes.size());
        assertEquals(List.of("Entwurf", "methodisch freigegeben", "schneider", "Methodisch geprüft"),
                changes.get(0).subList(1, 5), "newest first");
        screenshot(shell, "editor-8-historie");
    }

    @Test
    @Order(2)
    void editsThroughWidgetsAreUndoableCommandsAndToggleDirty() throws Exception {
        ProfileEditor editor = open(EditorFixture.ABBRUCH_ID);
        ProcessProfile profile = editor.profile();
        List<Integer> dirtyEvents = new ArrayList<>();
        editor.addPropertyListener((source, property) -> {
            if (property == IWorkbenchPartConstants.PROP_DIRTY) {
                dirtyEvents.add(property);
            }
        });
        Control form = root(show(editor, OverviewPage.ID));
        assertFalse(editor.isDirty());

        Text name = find(form, "overview.name", Text.class);
        name.setText("Abbruch genehmigen");
        assertEquals("Abbruchgenehmigung erteilen", profile.getName(), "not written while typing");
        fire(name, SWT.DefaultSelection); // Enter
        assertEquals("Abbruch genehmigen", profile.getName());
        assertTrue(editor.isDirty());
        drain();
        assertEquals("Abbruch genehmigen", editor.getPartName(), "title follows the name");
        assertFalse(dirtyEvents.isEmpty(), "PROP_DIRTY fired");

        Combo type = find(form, "overview.processType", Combo.class);
        Widgets.select(type, "Unterstützungsprozess");
        assertEquals("SUPPORT", profile.getProcessType().getName());

        Widgets.enter(form, "overview.minutesPerCase", "12,25");
        assertEquals(12.25, profile.getProcessingMinutesPerCase());

        Widgets.enter(form, "overview.caseVolume", "viele");
        assertEquals(1400, profile.getCaseVolumePerYear(), "invalid input is not written");
        assertEquals(IMessageProvider.ERROR, editor.showPage(OverviewPage.ID).getManagedForm().getForm()
                .getMessageType(), "and is reported in the form header");
        Widgets.enter(form, "overview.caseVolume", "1.500");
        assertEquals(1500, profile.getCaseVolumePerYear());

        Widgets.enter(form, "overview.validTo", "31.12.2030");
        assertEquals("2030-12-31T00:00:00Z", profile.getValidTo().toInstant().toString());

        Widgets.enter(form, "overview.tags", "Bauen, Abbruch, Denkmal");
        assertEquals(List.of("Bauen", "Abbruch", "Denkmal"), profile.getTags());

        // undo through the editor's global undo handler, as Ctrl+Z does
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo, "undo installed in the editor's action bars");
        IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        for (int i = 0; i < 5; i++) {
            assertTrue(undo.isEnabled());
            undo.run();
        }
        drain();
        assertEquals(List.of("Bauen", "Abbruch"), profile.getTags());
        assertEquals(95.5, profile.getProcessingMinutesPerCase());
        assertEquals("Kernprozess", type.getText(), "the combo follows undo");
        assertEquals("Abbruch genehmigen", profile.getName(), "one step left");
        undo.run();
        drain();
        assertEquals("Abbruchgenehmigung erteilen", profile.getName());
        assertEquals("Abbruchgenehmigung erteilen", name.getText(), "the field follows undo");
        assertEquals("95,5", find(form, "overview.minutesPerCase", Text.class).getText());
        assertEquals("1.400", find(form, "overview.caseVolume", Text.class).getText(),
                "undo replaces the rejected input, too");
        assertEquals("", find(form, "overview.validTo", Text.class).getText());
        assertFalse(editor.isDirty(), "back at the save point");
        assertEquals("Abbruchgenehmigung erteilen", editor.getPartName());
        redo.run();
        drain();
        assertEquals("Abbruch genehmigen", name.getText());
        assertTrue(editor.isDirty());
        undo.run();
        drain();

        // a change made without a command (another tool) shows at once as well: the EMF adapter
        profile.setTrigger("Antrag über das Bauportal");
        drain();
        assertEquals("Antrag über das Bauportal", find(form, "overview.trigger", Text.class).getText());
    }

    @Test
    @Order(3)
    void saveWritesTheRegisterFile() throws Exception {
        ProfileEditor editor = open(EditorFixture.ABBRUCH_ID);
        Control form = root(show(editor, OverviewPage.ID));
        Widgets.enter(form, "overview.name", "Abbruchgenehmigung erteilen (Landesrecht)");
        assertTrue(editor.isDirty());
        Text owner = find(form, "overview.processOwner", Text.class);
        owner.setText("Herr Yılmaz (63.1)");
        // no Enter, no focus change: the save command commits what was typed first
        editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.eclipse.ui.file.save", null);
        drain();
        assertFalse(editor.isDirty(), "saved");
        assertFalse(document.isDirty());
        ProcessRegister reloaded = RegisterStore.load(file);
        ProcessProfile saved = (ProcessProfile) reloaded.eResource().getEObject(EditorFixture.ABBRUCH_ID);
        assertEquals("Abbruchgenehmigung erteilen (Landesrecht)", saved.getName());
        assertEquals("Herr Yılmaz (63.1)", saved.getProcessOwner());
        assertEquals(EditorFixture.LEIKA_KEY, saved.getCatalogueReferences().get(0).getKey());
        assertArrayEquals(Files.readAllBytes(file), RegisterStore.toBytes(document.register(), RegisterFormat.XMI),
                "the file holds exactly the register in memory");
    }

    @Test
    @Order(4)
    void statusChangeOffersOnlyAllowedTransitions() throws Exception {
        ProfileEditor editor = open(EditorFixture.ABBRUCH_ID);
        HistoryPage history = (HistoryPage) show(editor, HistoryPage.ID);
        StatusChangeDialog dialog = history.createStatusDialog();
        dialog.setBlockOnOpen(false);
        dialog.open();
        drain();
        Combo target = find(dialog.getShell(), "statusDialog.target", Combo.class);
        List<String> offered = List.of(target.getItems());
        assertEquals(List.of("in Bearbeitung", "fachlich freigegeben (silber)", "inaktiv"), offered);
        assertFalse(offered.contains("fachlich freigegeben (gold)"), "a release level cannot be skipped");
        assertFalse(offered.contains("vorgesehen zum Löschen"), "only an inactive profile may be marked");
        assertFalse(offered.contains("methodisch freigegeben"), "staying is no transition");
        assertFalse(dialog.okButton().isEnabled(), "nothing chosen yet");
        Widgets.select(target, "fachlich freigegeben (silber)");
        find(dialog.getShell(), "statusDialog.comment", Text.class).setText("Fachlich geprüft durch 63");
        screenshot(dialog.getShell(), "editor-dialog-status");
        fire(dialog.okButton(), SWT.Selection);
        assertTrue(history.apply(dialog));
        drain();

        ProcessProfile profile = editor.profile();
        assertEquals(FimStatus.TECHNICALLY_RELEASED_SILVER, profile.getStatus());
        Control form = root(history);
        assertEquals("fachlich freigegeben (silber)", find(form, "history.status", Label.class).getText());
        List<List<String>> changes = rows(find(form, "history.table", Table.class));
        assertEquals(4, changes.size());
        assertEquals(List.of("methodisch freigegeben", "fachlich freigegeben (silber)",
                System.getProperty("user.name"), "Fachlich geprüft durch 63"), changes.get(0).subList(1, 5));
        assertTrue(editor.isDirty());
        assertTrue(StatusWorkflow.successors(profile.getStatus()).contains(FimStatus.TECHNICALLY_RELEASED_GOLD));

        document.editingDomain().getCommandStack().undo();
        drain();
        assertEquals(FimStatus.METHODICALLY_RELEASED, profile.getStatus());
        assertEquals(3, rows(find(form, "history.table", Table.class)).size(), "status and history undone as one");
    }

    @Test
    @Order(5)
    void cataloguePickersFindByWordsAndKeyPrefixAndAddReferences() throws Exception {
        ProfileEditor editor = open(EditorFixture.ABBRUCH_ID);
        CataloguesPage cataloguesPage = (CataloguesPage) show(editor, CataloguesPage.ID);
        waitForResolution();
        Shell shell = editor.getSite().getShell();

        CatalogueEntryDialog dialog = new CatalogueEntryDialog(shell, CatalogueRegistry.getDefault(), null,
                "Katalogverweis hinzufügen", "Test");
        dialog.setBlockOnOpen(false);
        dialog.open();
        Combo catalogue = find(dialog.getShell(), "catalogueDialog.catalogue", Combo.class);
        String leika = List.of(catalogue.getItems()).stream().filter(item -> item.endsWith("(leika)")).findFirst()
                .orElseThrow(() -> new AssertionError(List.of(catalogue.getItems())));
        Widgets.select(catalogue, leika);
        Table results = find(dialog.getShell(), "catalogueDialog.results", Table.class);
        dialog.search("abbruchgenehmigung");
        assertTrue(column(results, 0).contains(EditorFixture.LEIKA_KEY), column(results, 0).toString());
        dialog.search("990120010");
        assertTrue(column(results, 0).contains(EditorFixture.LEIKA_KEY), "key prefix: " + column(results, 0));
        assertTrue(column(results, 0).stream().allMatch(key -> key.startsWith("990120010")));
        screenshot(dialog.getShell(), "editor-dialog-katalog");
        dialog.close();

        CatalogueEntry other = CatalogueRegistry.getDefault().searchKeyPrefix("leika", "990120010", 5).stream()
                .filter(e -> !e.key().equals(EditorFixture.LEIKA_KEY)).findFirst().orElseThrow();
        Command add = cataloguesPage.addCommand(CatalogueRegistry.getDefault().catalogue("leika").orElseThrow(),
                List.of(other, CatalogueRegistry.getDefault().catalogue("leika").orElseThrow()
                        .entry(EditorFixture.LEIKA_KEY).orElseThrow()));
        assertTrue(editor.execute(add));
        drain();
        List<List<String>> references = rows(find(root(cataloguesPage), "catalogues.table", Table.class));
        assertEquals(4, references.size(), "the key already referenced is not added twice: " + references);
        assertEquals(List.of("LeiKa", other.key(), other.label(), "aufgelöst", "2019"), references.get(3));

        LegalBasesPage legal = (LegalBasesPage) show(editor, LegalBasesPage.ID);
        CatalogueEntryDialog norms = new CatalogueEntryDialog(shell, CatalogueRegistry.getDefault(), "norms",
                "Rechtsgrundlage aus dem Normenkatalog", "Test");
        norms.setBlockOnOpen(false);
        norms.open();
        norms.search("BauGB");
        Table normResults = find(norms.getShell(), "catalogueDialog.results", Table.class);
        assertTrue(normResults.getItemCount() > 0, "norms for BauGB");
        screenshot(norms.getShell(), "editor-dialog-normen");
        norms.close();
        CatalogueEntry norm = CatalogueRegistry.getDefault().search("norms", "BauGB", 1).get(0);
        assertTrue(editor.execute(legal.addFromCatalogueCommand(List.of(norm))));
        drain();
        assertEquals(2, editor.profile().getLegalBases().size());
        assertEquals("norms", editor.profile().getLegalBases().get(1).getSourceCatalogue());
        assertEquals("Normenkatalog", rows(find(root(legal), "legalBases.table", Table.class)).get(1).get(4));
    }

    @Test
    @Order(6)
    void propertiesViewEditsNavigatorSelectionThroughCommands() throws Exception {
        ProfileEditor editor = open(EditorFixture.ABBRUCH_ID);
        ProcessProfile profile = editor.profile();
        CommonNavigator navigator = (CommonNavigator) page.showView("org.prozesswerk.ui.navigator");
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(navigator);
        navigator.getCommonViewer().expandToLevel(3);
        navigator.getCommonViewer().setSelection(new StructuredSelection(profile), true);
        Widgets.waitFor(() -> sheet.getCurrentPage() instanceof RegisterPropertySheetPage
                && propertyRows((Tree) sheet.getCurrentPage().getControl()).contains(
                        "Bezeichnung=Abbruchgenehmigung erteilen"), 3000);
        assertInstanceOf(RegisterPropertySheetPage.class, sheet.getCurrentPage());
        List<String> shown = propertyRows((Tree) sheet.getCurrentPage().getControl());
        assertTrue(shown.contains("Bezeichnung=Abbruchgenehmigung erteilen"), shown.toString());
        assertTrue(shown.contains("Prozesstyp=Kernprozess"), shown.toString());
        screenshot(page.getWorkbenchWindow().getShell(), "editor-eigenschaften");

        IPropertySource source = new RegisterPropertySourceProvider().getPropertySource(profile);
        IPropertyDescriptor nameProperty = descriptor(source, "Bezeichnung");
        IPropertyDescriptor typeProperty = descriptor(source, "Prozesstyp");
        assertNull(descriptor(source, "ID").createPropertyEditor((Tree) sheet.getCurrentPage().getControl()),
                "the id stays read-only");
        ComboBoxCellEditor typeEditor = (ComboBoxCellEditor) typeProperty
                .createPropertyEditor((Tree) sheet.getCurrentPage().getControl());
        assertEquals(List.of("Kernprozess", "Unterstützungsprozess", "Führungsprozess"),
                List.of(typeEditor.getItems()));
        typeEditor.dispose();
        source.setPropertyValue(nameProperty.getId(), "Abbruch genehmigen");
        assertEquals("Abbruch genehmigen", profile.getName());
        assertTrue(document.isDirty(), "a command on the register's stack");
        drain();
        assertEquals("Abbruch genehmigen", editor.getPartName(), "the editor follows the property change");
        document.editingDomain().getCommandStack().undo();
        Widgets.waitFor(() -> propertyRows((Tree) sheet.getCurrentPage().getControl())
                .contains("Bezeichnung=Abbruchgenehmigung erteilen"), 2000);
        assertTrue(propertyRows((Tree) sheet.getCurrentPage().getControl())
                .contains("Bezeichnung=Abbruchgenehmigung erteilen"), "the Eigenschaften view follows undo");

        Folder folder = document.register().getRootFolders().get(0);
        OrgUnit unit = document.register().getOrganisation().get(0);
        assertNotNull(descriptor(new RegisterPropertySourceProvider().getPropertySource(folder), "Name"));
        IPropertySource unitSource = new RegisterPropertySourceProvider().getPropertySource(unit);
        unitSource.setPropertyValue(descriptor(unitSource, "Kürzel").getId(), "3");
        assertEquals("3", unit.getShortCode());
        document.editingDomain().getCommandStack().undo();
        assertEquals("III", unit.getShortCode());
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (displayName.equals(descriptor.getDisplayName())) {
                return descriptor;
            }
        }
        throw new AssertionError("no property " + displayName);
    }

    private static List<String> propertyRows(Tree tree) {
        List<String> rows = new ArrayList<>();
        collect(tree.getItems(), rows);
        return rows;
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(item.getText(0) + "=" + item.getText(1));
            collect(item.getItems(), rows);
        }
    }

    @Test
    @Order(7)
    void closesWhenItsSteckbriefIsDeletedOrItsRegisterClosed() throws Exception {
        ProfileEditor abbruch = open(EditorFixture.ABBRUCH_ID);
        ProfileEditor gewerbe = open(EditorFixture.GEWERBE_ID);
        assertEquals(2, page.getEditorReferences().length);

        Command delete = DeleteCommand.create(document.editingDomain(), List.of(abbruch.profile()));
        document.editingDomain().getCommandStack().execute(delete);
        drain();
        assertNull(page.findEditor(new ProfileEditorInput(file, EditorFixture.ABBRUCH_ID)), "deleted: closed");
        assertNotNull(page.findEditor(new ProfileEditorInput(file, EditorFixture.GEWERBE_ID)));
        assertTrue(gewerbe.isDirty(), "the other editor shows the register's dirty state");

        RegisterDocuments.getDefault().close(document);
        drain();
        assertEquals(0, page.getEditorReferences().length, "register closed: its editors closed");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void screenshot(Shell shell, String name) throws IOException {
        Path file = Screenshots.take(shell, name);
        assertTrue(Files.size(file) > 5_000, "screenshot suspiciously small: " + file);
    }
}
