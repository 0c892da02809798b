package org.prozesswerk.exchange.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.exchange.ui.tests.Ui.after;
import static org.prozesswerk.exchange.ui.tests.Ui.button;
import static org.prozesswerk.exchange.ui.tests.Ui.click;
import static org.prozesswerk.exchange.ui.tests.Ui.drain;
import static org.prozesswerk.exchange.ui.tests.Ui.select;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.ui.internal.ExportWizard;
import org.prozesswerk.exchange.ui.internal.ImportWizard;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.RealData;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.tests.support.DialogWatcher;

/**
 * The export and import wizards as the workbench opens them (from the export/import wizard registries, in a
 * WizardDialog), driven through their real widgets under Xvfb: every contributed format is offered, Finish runs the
 * Job, the written files are read back with POI and plain text, imports land in a new register file, a broken input
 * file leaves an error on the page. Screenshots go to target/screenshots.
 */
class ExchangeWizardsTest {

    private static final String EXPORT_WIZARD = "org.prozesswerk.exchange.ui.exportWizard";
    private static final String IMPORT_WIZARD = "org.prozesswerk.exchange.ui.importWizard";
    private static final String REPORT_TITLE = "Prozesswerk";

    @TempDir
    Path directory;

    private IWorkbench workbench;
    private WizardDialog dialog;
    private final List<String> reports = new ArrayList<>();
    private DialogWatcher reportWatcher;

    @BeforeEach
    void setUp() {
        assertEquals("de", Locale.getDefault().getLanguage(), "tests run with -nl de");
        workbench = PlatformUI.getWorkbench();
        workbench.getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
    }

    @AfterEach
    void tearDown() {
        if (reportWatcher != null) {
            reportWatcher.stop();
        }
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        for (RegisterDocument open : RegisterDocuments.getDefault().documents()) {
            RegisterDocuments.getDefault().close(open);
        }
        drain();
    }

    /** Opens the wizard the way File › Export/Import does: descriptor from the registry, init, WizardDialog. */
    private <W extends IWorkbenchWizard> W open(IWizardRegistry registry, String id, Class<W> type) throws Exception {
        IWizardDescriptor descriptor = registry.findWizard(id);
        assertNotNull(descriptor, id + " is registered");
        assertEquals("Prozesswerk", registry.findCategory(descriptor.getCategory().getId()).getLabel(),
                "own category in the export/import dialog");
        W wizard = assertInstanceOf(type, descriptor.createWizard());
        wizard.init(workbench, StructuredSelection.EMPTY);
        dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(900, 720);
        drain();
        return wizard;
    }

    private Shell shell() {
        return dialog.getShell();
    }

    private IWizardPage page() {
        return dialog.getCurrentPage();
    }

    /**
     * Watches for the report dialog (opened after Finish), records its text and closes it, as a user reading it would.
     */
    private void catchReports(String screenshot) {
        Shell wizardShell = dialog.getShell();
        reportWatcher = new DialogWatcher(
                other -> Ui.otherShells(wizardShell).contains(other) && REPORT_TITLE.equals(other.getText()), other -> {
                    reports.add(Ui.text(other));
                    try {
                        if (screenshot != null && reports.size() == 1) {
                            Screenshots.take(other, screenshot);
                        }
                    } catch (Exception e) {
                        reports.add("screenshot failed: " + e);
                    } finally {
                        other.close();
                    }
                });
        reportWatcher.start(Ui.display());
    }

    /**
     * Finish on a page that is complete: the wizard closes and its report is shown (the first one with the screenshot
     * {@code screenshot}); returns the report's text.
     */
    private String finishWithReport(String screenshot, String what) {
        catchReports(screenshot);
        finish();
        assertTrue(shell() == null || shell().isDisposed(), "the wizard closed after a successful " + what);
        assertTrue(Ui.waitFor(() -> !reports.isEmpty(), 10_000), "the " + what + " report was shown");
        return reports.get(0);
    }

    /** Presses Finish and returns once the wizard has handled it (the Job ran inside the dialog). */
    private void finish() {
        click(button(shell(), IDialogConstants.FINISH_LABEL));
        drain();
    }

    private static Path musterRegister(Path directory) throws Exception {
        return MusterRegister.ensureDemoRegister(directory);
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void exportWizardListsEveryExporterAndWritesXlsx() throws Exception {
        Path registerFile = musterRegister(directory.resolve("register"));
        RegisterDocument document = RegisterDocuments.getDefault().open(registerFile);
        ExportWizard wizard = open(workbench.getExportWizardRegistry(), EXPORT_WIZARD, ExportWizard.class);

        Combo format = after(shell(), "Format:", Combo.class);
        List<String> offered = List.of(format.getItems());
        List<String> contributed = ExchangeRegistry.getDefault().exporters().stream().map(e -> e.label()).toList();
        assertEquals(contributed, offered, "the combo lists exactly what is contributed");
        for (String label : List.of("CSV (Excel, UTF-8)", "Excel-Arbeitsmappe (XLSX)", "JSON",
                "Steckbrief-Bericht (HTML)", "Steckbrief-Bericht (PDF)", "XProzess 2.0 (alleInhalte.export.0303)")) {
            assertTrue(offered.contains(label), label + " offered: " + offered);
        }
        Combo register = after(shell(), "Geöffnetes Register:", Combo.class);
        assertTrue(register.getText().contains(registerFile.getFileName().toString()),
                "the open register is preselected: " + register.getText());
        assertFalse(page().isPageComplete(), "no target file yet");
        assertNull(page().getErrorMessage(), "an empty field is no error yet");
        assertEquals("Die Zieldatei wählen.", page().getMessage());

        select(format, "Excel-Arbeitsmappe (XLSX)");
        Path xlsx = directory.resolve("out/muster.xlsx");
        Files.createDirectories(xlsx.getParent());
        after(shell(), "Zieldatei:", Text.class).setText(xlsx.toString());
        assertTrue(page().isPageComplete(), String.valueOf(page().getErrorMessage()));
        Screenshots.take(shell(), "export-wizard-xlsx");

        String shown = finishWithReport("export-report", "export");
        assertTrue(shown.contains("570 Steckbriefe nach " + xlsx + " geschrieben."), shown);
        ExchangeReport report = wizard.lastReport();
        assertEquals(570, report.profiles());

        List<ProcessProfile> profiles = Steckbriefe.all(document.register());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Steckbriefe");
            assertNotNull(sheet, "sheet Steckbriefe");
            DataFormatter cells = new DataFormatter(Locale.GERMANY);
            Row header = sheet.getRow(0);
            int keyColumn = -1;
            int nameColumn = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String text = cells.formatCellValue(header.getCell(c));
                if (text.equals("Schlüssel")) {
                    keyColumn = c;
                } else if (text.equals("Name")) {
                    nameColumn = c;
                }
            }
            assertTrue(keyColumn >= 0 && nameColumn >= 0, "header with Schlüssel and Name");
            assertEquals(profiles.size(), sheet.getLastRowNum(), "one row per Steckbrief below the header");
            for (int i = 0; i < profiles.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertEquals(profiles.get(i).getKey(), cells.formatCellValue(row.getCell(keyColumn)), "row " + i);
                assertEquals(profiles.get(i).getName(), cells.formatCellValue(row.getCell(nameColumn)), "row " + i);
            }
        }
    }

    @Test
    void exportWizardWritesCsvWithTheChosenSeparator() throws Exception {
        Path registerFile = musterRegister(directory.resolve("register"));
        RegisterDocument document = RegisterDocuments.getDefault().open(registerFile);
        open(workbench.getExportWizardRegistry(), EXPORT_WIZARD, ExportWizard.class);
        Path csv = directory.resolve("muster.csv");
        after(shell(), "Zieldatei:", Text.class).setText(directory.resolve("muster.xlsx").toString());
        select(after(shell(), "Format:", Combo.class), "CSV (Excel, UTF-8)");
        assertEquals(csv.toString(), after(shell(), "Zieldatei:", Text.class).getText(),
                "the extension follows the format");
        Combo separator = after(shell(), "Trennzeichen:", Combo.class);
        assertEquals(List.of(";", ",", "tab"), List.of(separator.getItems()));
        select(separator, ";");
        Button bom = button(shell(), "Byte-Order-Mark (für Excel)");
        assertTrue(bom.getSelection(), "BOM on by default");
        click(bom);
        Screenshots.take(shell(), "export-wizard-csv");

        catchReports(null);
        finish();
        assertTrue(Ui.waitFor(() -> !reports.isEmpty(), 10_000), "the report was shown");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertFalse(lines.get(0).startsWith("\uFEFF"), "BOM switched off");
        List<String> header = List.of(lines.get(0).split(";", -1));
        int key = header.indexOf("Schlüssel");
        int name = header.indexOf("Name");
        assertTrue(key >= 0 && name >= 0, "';'-separated header: " + lines.get(0));
        List<ProcessProfile> profiles = Steckbriefe.all(document.register());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        for (ProcessProfile profile : profiles.subList(0, 20)) {
            assertTrue(text.contains(profile.getKey() + ";"), profile.getKey());
        }
        List<String> first = List.of(lines.get(1).split(";", -1));
        assertEquals(profiles.get(0).getKey(), first.get(key));
        assertEquals(profiles.get(0).getName(), first.get(name));
    }

    @Test
    void importWizardImportsCsvWithColumnMapping() throws Exception {
        Path csv = directory.resolve("liste.csv");
        Files.writeString(csv, """
                Nr.;Bezeichnung;Zuständig;Bemerkung
                A-1;Hundesteuer festsetzen;Steueramt;prüfen
                A-2;Gewerbeanmeldung bearbeiten;Ordnungsamt;
                A-3;Sperrmüll abholen;Steueramt;
                """, StandardCharsets.UTF_8);
        Path mapping = directory.resolve("zuordnung.properties");
        Files.writeString(mapping, "Zuständig=RESPONSIBLE_UNIT\nBemerkung=IGNORE\n", StandardCharsets.UTF_8);
        Path target = directory.resolve("neu/Importiert.pwreg");
        Files.createDirectories(target.getParent());

        ImportWizard wizard = open(workbench.getImportWizardRegistry(), IMPORT_WIZARD, ImportWizard.class);
        Combo format = after(shell(), "Format:", Combo.class);
        List<String> contributed = ExchangeRegistry.getDefault().importers().stream().map(i -> i.label()).toList();
        assertEquals(contributed, List.of(format.getItems()));
        assertTrue(contributed.containsAll(List.of("CSV-Liste von Steckbriefen", "Excel-Liste von Steckbriefen (XLSX)",
                "XProzess-2.0-Nachricht")), contributed.toString());
        assertNull(page().getErrorMessage(), "an empty field is no error yet");
        assertEquals("Die zu importierende Datei wählen.", page().getMessage());
        assertFalse(page().isPageComplete());

        after(shell(), "Zu importierende Datei:", Text.class).setText(csv.toString());
        assertEquals("CSV-Liste von Steckbriefen", format.getText(), "format guessed from the extension");
        after(shell(), "Datei mit Spaltenzuordnung:", Text.class).setText(mapping.toString());
        after(shell(), "Registerdatei:", Text.class).setText(target.toString());
        assertNull(page().getErrorMessage());
        assertTrue(page().isPageComplete());
        Screenshots.take(shell(), "import-wizard-csv");

        String shown = finishWithReport("import-report", "import");
        assertTrue(shown.contains("3 Steckbriefe in " + target + " importiert."), shown);
        assertTrue(shown.contains("Bemerkung"), "the report names the ignored column: " + shown);
        ExchangeReport report = wizard.lastReport();
        assertEquals(3, report.profiles());
        assertTrue(report.mentions(ExchangeReport.Kind.MAPPED, "Zuständig"), report.toString());

        ProcessRegister imported = RegisterStore.load(target);
        List<ProcessProfile> profiles = Steckbriefe.all(imported);
        assertEquals(List.of("Hundesteuer festsetzen", "Gewerbeanmeldung bearbeiten", "Sperrmüll abholen"),
                profiles.stream().map(ProcessProfile::getName).toList());
        assertEquals(List.of("A-1", "A-2", "A-3"), profiles.stream().map(ProcessProfile::getKey).toList());
        assertEquals("Steueramt", profiles.get(0).getResponsibleUnit().getName(), "mapped by the mapping file");
        assertEquals(profiles.get(0).getResponsibleUnit(), profiles.get(2).getResponsibleUnit());
        assertTrue(Ui.waitFor(() -> RegisterDocuments.getDefault().find(target).isPresent(), 5_000),
                "the imported register is opened");
    }

    @Test
    void importWizardImportsTheRealXProzessMessage() throws Exception {
        Path message = RealData.file("xprozess-fim/99006028261000_xprozess2_alleInhalte.export.0303.xml");
        Path target = directory.resolve("fim.pwreg");
        ImportWizard wizard = open(workbench.getImportWizardRegistry(), IMPORT_WIZARD, ImportWizard.class);
        after(shell(), "Zu importierende Datei:", Text.class).setText(message.toString());
        assertEquals("XProzess-2.0-Nachricht", after(shell(), "Format:", Combo.class).getText());
        after(shell(), "Registerdatei:", Text.class).setText(target.toString());
        Screenshots.take(shell(), "import-wizard-xprozess");

        catchReports(null);
        finish();
        assertTrue(Ui.waitFor(() -> !reports.isEmpty(), 10_000), "the import report was shown");
        assertTrue(reports.get(0).contains("1 Steckbriefe in " + target + " importiert."), reports.get(0));
        assertEquals(1, wizard.lastReport().profiles());
        ProcessRegister imported = RegisterStore.load(target);
        List<ProcessProfile> profiles = Steckbriefe.all(imported);
        assertEquals(1, profiles.size());
        assertEquals("99006028261000", profiles.get(0).getKey());
        assertEquals("FIM Prozessbibliothek Bund", imported.getName());
    }

    @Test
    void brokenOrMissingFileGivesAnErrorOnThePage() throws Exception {
        Path broken = directory.resolve("kaputt.xml");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<xprozess:alleInhalte.export.0303>\n  <kein Ende",
                StandardCharsets.UTF_8);
        Path target = directory.resolve("ziel.pwreg");
        open(workbench.getImportWizardRegistry(), IMPORT_WIZARD, ImportWizard.class);
        Text source = after(shell(), "Zu importierende Datei:", Text.class);
        after(shell(), "Registerdatei:", Text.class).setText(target.toString());

        source.setText(directory.resolve("fehlt.csv").toString());
        assertEquals("Die Datei " + directory.resolve("fehlt.csv") + " gibt es nicht.", page().getErrorMessage());
        assertFalse(page().isPageComplete());

        source.setText(broken.toString());
        assertTrue(page().isPageComplete());
        catchReports(null);
        finish();
        assertFalse(shell().isDisposed(), "the wizard stays open");
        String error = page().getErrorMessage();
        assertNotNull(error, "error on the page");
        assertTrue(error.startsWith("Fehlgeschlagen: "), error);
        // file:line:column and the parser's cause; line 2 declares an unbound prefix
        assertTrue(error.startsWith("Fehlgeschlagen: " + broken + ":2:"), "names file and line: " + error);
        assertTrue(error.contains("fehlerhaftes XML"), "names the cause: " + error);
        Screenshots.take(shell(), "import-wizard-error");
        assertTrue(Ui.otherShells(shell()).isEmpty(), "no error dialog: " + Ui.otherShells(shell()));
        assertTrue(reports.isEmpty(), "no report for a failed import");
        assertFalse(Files.exists(target), "no register written");
    }

    private static final String REAL_MESSAGE = "xprozess-fim/99006028261000_xprozess2_alleInhalte.export.0303.xml";
    private static final String REAL_NAME = "Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten";

    /** Runs the import wizard for {@code message} into {@code target}; the first run starts catching the reports. */
    private void importWithWizard(Path message, Path target) throws Exception {
        open(workbench.getImportWizardRegistry(), IMPORT_WIZARD, ImportWizard.class);
        after(shell(), "Zu importierende Datei:", Text.class).setText(message.toString());
        after(shell(), "Registerdatei:", Text.class).setText(target.toString());
        assertTrue(page().isPageComplete(), "an open register is a target too: " + page().getErrorMessage());
        if (reportWatcher == null) {
            catchReports(null);
        }
        finish();
    }

    /**
     * Waits for the merge preview (opened modally inside Finish), records its message and whether „Anwenden“ is
     * enabled, takes a screenshot and presses {@code button}.
     */
    private void whenPreviewOpens(String screenshot, String button, List<String> seen) {
        Ui.display().timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell other : Ui.otherShells(dialog.getShell())) {
                    if ("Register aktualisieren".equals(other.getText())) {
                        try {
                            Ui.drain();
                            seen.add(Ui.text(other));
                            seen.add("Anwenden enabled: " + button(other, "Anwenden").isEnabled());
                            Screenshots.take(other, screenshot);
                        } catch (Exception e) {
                            seen.add("screenshot failed: " + e);
                        }
                        click(button(other, button));
                        return;
                    }
                }
                Ui.display().timerExec(100, this);
            }
        });
    }

    @Test
    void importingTheMessageAgainShowsTheMergePreviewAndUpdatesInsteadOfCopying() throws Exception {
        Path message = directory.resolve("nachricht.xml");
        String original = Files.readString(RealData.file(REAL_MESSAGE), StandardCharsets.UTF_8);
        Files.writeString(message, original, StandardCharsets.UTF_8);
        Path target = directory.resolve("fim.pwreg");
        importWithWizard(message, target);
        assertTrue(Ui.waitFor(() -> reports.size() == 1
                && RegisterDocuments.getDefault().find(target).isPresent(), 10_000), "first import done and opened");
        RegisterDocument document = RegisterDocuments.getDefault().find(target).orElseThrow();
        EditingDomain domain = document.editingDomain();

        // a local edit in the workbench, saved
        ProcessProfile profile = Steckbriefe.all(document.register()).get(0);
        domain.getCommandStack().execute(SetCommand.create(domain, profile,
                ProzesswerkPackage.Literals.PROCESS_PROFILE__SHORT_DESCRIPTION, "Lokal: zuständig ist das Gewerbeamt"));
        document.save();

        // the next message: the process was renamed
        Files.writeString(message, original.replace(REAL_NAME, REAL_NAME + " (2025)"), StandardCharsets.UTF_8);
        List<String> preview = new ArrayList<>();
        whenPreviewOpens("reimport-preview", "Anwenden", preview);
        importWithWizard(message, target);
        assertTrue(Ui.waitFor(() -> reports.size() == 2, 10_000), "merged: " + preview + " " + reports);
        assertTrue(preview.get(1).endsWith("true"), preview.toString());
        assertTrue(reports.get(1).contains("1 davon waren schon im Register"), reports.get(1));
        List<ProcessProfile> all = Steckbriefe.all(document.register());
        assertEquals(1, all.size(), "updated, not copied");
        assertEquals(REAL_NAME + " (2025)", all.get(0).getName());
        assertEquals("Lokal: zuständig ist das Gewerbeamt", all.get(0).getShortDescription());
        assertFalse(document.isDirty(), "saved: it had no unsaved changes before");
        assertEquals(1, Steckbriefe.all(RegisterStore.load(target)).size());
        domain.getCommandStack().undo();
        assertEquals(REAL_NAME, Steckbriefe.all(document.register()).get(0).getName(), "one undo takes it back");
        domain.getCommandStack().redo();

        // local and file both rename: a conflict in the preview, Anwenden stays disabled; cancel changes nothing
        domain.getCommandStack().execute(SetCommand.create(domain, Steckbriefe.all(document.register()).get(0),
                ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME, "Mutterschutz-Anzeige (lokal)"));
        document.save();
        Files.writeString(message, original.replace(REAL_NAME, REAL_NAME + " (2026)"), StandardCharsets.UTF_8);
        List<String> conflict = new ArrayList<>();
        whenPreviewOpens("reimport-conflict", IDialogConstants.CANCEL_LABEL, conflict);
        importWithWizard(message, target);
        assertTrue(Ui.waitFor(() -> conflict.size() >= 2, 10_000), "preview shown");
        assertTrue(conflict.get(1).endsWith("false"), conflict.toString());
        assertTrue(conflict.get(0).contains("1 Konflikte offen"), conflict.get(0));
        assertFalse(shell().isDisposed(), "the wizard stays open");
        assertEquals("Import abgebrochen: das Register ist unverändert.", page().getMessage());
        assertEquals("Mutterschutz-Anzeige (lokal)", Steckbriefe.all(document.register()).get(0).getName());
        assertEquals(2, reports.size(), "no report for the cancelled import");
    }
}
