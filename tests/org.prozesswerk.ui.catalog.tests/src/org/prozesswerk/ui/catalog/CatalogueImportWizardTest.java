package org.prozesswerk.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.catalog.UserCatalogues;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.catalog.internal.ImportCatalogueWizard;

/**
 * „Katalog importieren…“ in the real workbench: a file with errors cannot be finished and names row and column; a
 * good one is imported, stored in the user's catalogue folder and shown in the Katalog-Browser at once; a second
 * version shows keys added, removed and relabelled before it is imported.
 */
class CatalogueImportWizardTest {

    private static final String HEADER = "OAA-Nr;Bezeichnung;Anbieter;URL\n";

    @TempDir
    Path directory;

    /** The build points the folder away from the user\'s home; restored after each test. */
    private final String folderBefore = System.getProperty(UserCatalogues.FOLDER_PROPERTY);

    private WizardDialog dialog;

    @BeforeEach
    void folder() {
        System.setProperty(UserCatalogues.FOLDER_PROPERTY, directory.resolve("catalogues").toString());
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        UserCatalogues.remove("beispiel.oaa");
        if (folderBefore == null) {
            System.clearProperty(UserCatalogues.FOLDER_PROPERTY);
        } else {
            System.setProperty(UserCatalogues.FOLDER_PROPERTY, folderBefore);
        }
    }

    private ImportCatalogueWizard.ImportPage open(ImportCatalogueWizard wizard) {
        dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(760, 820);
        Screenshots.settle();
        return wizard.page();
    }

    private Path file(String name, String rows) throws Exception {
        Path file = directory.resolve(name);
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }

    private static void fill(ImportCatalogueWizard.ImportPage page, Path file, String version) {
        page.file.setText(file.toString());
        page.id.setText("beispiel.oaa");
        page.name.setText("Online-Antragsassistenten (Beispiel)");
        page.version.setText(version);
        page.keyPattern.setText("OAA-\\d{3}");
        page.keyFormat.setText("OAA- und drei Ziffern");
        page.selectColumn(CsvMapping.URL, "URL");
        page.selectProperty("Anbieter");
        Screenshots.settle();
    }

    @Test
    void importsShowsInTheBrowserAndComparesVersions() throws Exception {
        assertNotNull(PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard("org.prozesswerk.ui.catalog.importWizard"), "under Datei › Importieren…");

        ImportCatalogueWizard wizard = new ImportCatalogueWizard();
        ImportCatalogueWizard.ImportPage page = open(wizard);
        fill(page, file("doppelt.csv", "OAA-001;Wohngeld;A;https://example.org/1\nOAA-001;Hund;A;https://example.org/2\n"),
                "1");
        assertFalse(page.isPageComplete(), "errors: no Finish");
        assertTrue(page.problems.getText().contains("doppelt.csv, Zeile 3, Spalte \u201eOAA-Nr\u201c"),
                page.problems.getText());
        assertTrue(page.getErrorMessage().contains("1 Fehler"), page.getErrorMessage());
        Path errors = Screenshots.take(dialog.getShell(), "katalog-import-fehler");
        assertTrue(errors.toFile().length() > 10_000);

        page.file.setText(file("oaa-v1.csv", "OAA-001;Beispiel-Assistent Wohngeld;A;https://example.org/1\n"
                + "OAA-002;Beispiel-Assistent Hund;A;https://example.org/2\n"
                + "OAA-003;Beispiel-Assistent Parken;B;https://example.org/3\n").toString());
        fill(page, directory.resolve("oaa-v1.csv"), "1");
        assertTrue(page.isPageComplete(), page.problems.getText());
        assertTrue(page.problems.getText().startsWith("Bereit zum Import: 3 Eintr\u00e4ge."), page.problems.getText());
        Screenshots.take(dialog.getShell(), "katalog-import");
        assertTrue(wizard.performFinish());
        dialog.close();
        assertTrue(Files.exists(directory.resolve("catalogues/beispiel.oaa.csv")), "stored in the user's folder");
        assertEquals("https://example.org/2", CatalogueRegistry.getDefault().catalogue("beispiel.oaa").orElseThrow()
                .entry("OAA-002").orElseThrow().attribute(CsvMapping.URL));

        CatalogueBrowserView browser = (CatalogueBrowserView) page().showView(CatalogueBrowserView.ID);
        assertTrue(EventLoop.waitFor(() -> {
            try {
                Job load = browser.selectCatalogue("beispiel.oaa");
                if (load != null) {
                    load.join(10_000, null);
                    assertTrue(load.getResult() == null || load.getResult().getSeverity() != IStatus.ERROR);
                }
                return true;
            } catch (IllegalArgumentException notYet) {
                return false; // the view hears of the new catalogue asynchronously
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, 10_000), "the browser lists the imported catalogue");
        browser.search("");
        assertTrue(EventLoop.waitFor(() -> browser.shownEntries().size() == 3, 10_000), browser::statusText);
        Screenshots.take(page().getWorkbenchWindow().getShell(), "katalog-browser-eigener-katalog");

        ImportCatalogueWizard second = new ImportCatalogueWizard();
        page = open(second);
        fill(page, file("oaa-v2.csv", "OAA-001;Beispiel-Assistent Wohngeld online;A;https://example.org/1\n"
                + "OAA-003;Beispiel-Assistent Parken;B;https://example.org/3\n"
                + "OAA-004;Beispiel-Assistent Fischerei;B;https://example.org/4\n"), "2");
        String text = page.problems.getText();
        assertTrue(text.contains("\u00c4nderungen gegen\u00fcber Version 1: 1 neu, 1 entfallen, 1 umbenannt."), text);
        assertTrue(text.contains("+ OAA-004"), text);
        assertTrue(text.contains("\u2212 OAA-002"), text);
        assertTrue(text.contains("~ OAA-001  Beispiel-Assistent Wohngeld \u2192 Beispiel-Assistent Wohngeld online"),
                text);
        Screenshots.take(dialog.getShell(), "katalog-import-neue-version");
        assertTrue(second.performFinish());
        assertEquals("2", CatalogueRegistry.getDefault().catalogue("beispiel.oaa").orElseThrow().version());
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
