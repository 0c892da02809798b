package org.prozesswerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueImportException;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CatalogueImporter.ImportSpec;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.catalog.ImportProblem;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.UserCatalogues;

/** The strict import of a user's catalogue: bad files are refused with file, row and column, nothing is written. */
class CatalogueImportTest {

    private static final ImportSpec SPEC = new ImportSpec("user.import", "Importtest", "2024", "Testamt",
            new CsvMapping("Nr", "Bezeichnung", "Obernummer", null, null, List.of("Zuständigkeit"),
                    Map.of(CsvMapping.DESCRIPTION, "Beschreibung", CsvMapping.URL, "Link")),
            "\\d+(\\.\\d+)*", "Ziffern mit Punkten");

    private static final String HEADER = "Nr;Bezeichnung;Obernummer;Beschreibung;Link;Zuständigkeit\n";

    @TempDir
    Path tmp;

    /** The build points the folder away from the user\'s home; restored after each test. */
    private final String folderBefore = System.getProperty(UserCatalogues.FOLDER_PROPERTY);

    @AfterEach
    void clearProperty() {
        if (folderBefore == null) {
            System.clearProperty(UserCatalogues.FOLDER_PROPERTY);
        } else {
            System.setProperty(UserCatalogues.FOLDER_PROPERTY, folderBefore);
        }
    }

    private Path file(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private CatalogueImportException refused(Path csv) {
        Path folder = tmp.resolve("catalogues");
        CatalogueImportException e = assertThrows(CatalogueImportException.class,
                () -> new CatalogueImporter(folder).importCsv(csv, SPEC));
        assertFalse(Files.exists(folder.resolve("user.import.csv")), "nothing written");
        assertFalse(Files.exists(folder.resolve("user.import" + CatalogueImporter.DESCRIPTOR_SUFFIX)));
        assertTrue(e.getMessage().startsWith(csv.toString()), e.getMessage());
        return e;
    }

    private static ImportProblem firstError(CatalogueImportException e) {
        return e.problems().stream().filter(ImportProblem::error).findFirst().orElseThrow();
    }

    @Test
    void importsWithStandardFieldsAndNormalisesTheFile() throws IOException {
        Path csv = file("aufgaben.csv", HEADER.replace(';', ',')
                + "1,Allgemeine Verwaltung,,,,\n1.1,\"Beschaffung; Vergabe\",1,Zentral,https://example.org/1.1,Amt 10\n");
        Path folder = tmp.resolve("catalogues");
        Catalogue imported = new CatalogueImporter(folder).importCsv(csv, SPEC);
        assertEquals(2, imported.entries().size());
        assertEquals("https://example.org/1.1", imported.entry("1.1").orElseThrow().attribute(CsvMapping.URL));
        assertEquals("Zentral", imported.entry("1.1").orElseThrow().attribute(CsvMapping.DESCRIPTION));
        assertEquals("Amt 10", imported.entry("1.1").orElseThrow().attribute("Zuständigkeit"));
        String stored = Files.readString(folder.resolve("user.import.csv"), StandardCharsets.UTF_8);
        assertTrue(stored.contains("1.1;\"Beschaffung; Vergabe\";1;"), stored);

        Catalogue reopened = new CatalogueImporter(folder).catalogue("user.import").orElseThrow();
        assertEquals("2024", reopened.version());
        assertEquals("Beschaffung; Vergabe", reopened.entry("1.1").orElseThrow().label());
    }

    @Test
    void wrongSeparatorNamesTheHeader() throws IOException {
        ImportProblem error = firstError(refused(file("pipes.csv", HEADER.replace(';', '|') + "1|A||||\n")));
        assertEquals(1, error.row());
        assertEquals("Nr", error.column());
        assertTrue(error.message().contains("Nr|Bezeichnung"), error.message());
    }

    @Test
    void rowsWithAnotherSeparatorThanTheHeaderAreRefused() throws IOException {
        ImportProblem error = firstError(refused(file("mixed.csv", HEADER + "1;A;;;;\n2,B,,,,\n")));
        assertEquals(3, error.row());
        assertEquals("Bezeichnung", error.column(), "the first column the row lacks");
    }

    @Test
    void duplicateKeysNameBothRows() throws IOException {
        CatalogueImportException e = refused(file("dup.csv", HEADER + "1;A;;;;\n2;B;;;;\n1;C;;;;\n"));
        ImportProblem error = firstError(e);
        assertEquals(4, error.row());
        assertEquals("Nr", error.column());
        assertTrue(error.message().contains("2"), "names the row of the first occurrence: " + error.message());
    }

    @Test
    void keysMissingThePatternAreRefusedAllOfThem() throws IOException {
        CatalogueImportException e = refused(file("pattern.csv", HEADER + "1;A;;;;\nX7;B;;;;\n2;C;;;;\n1.a;D;;;;\n;E;;;;\n"));
        List<Integer> rows = e.problems().stream().filter(ImportProblem::error).map(ImportProblem::row).toList();
        assertEquals(List.of(3, 5, 6), rows, e.getMessage());
        assertTrue(e.getMessage().contains("Ziffern mit Punkten"), e.getMessage());
    }

    @Test
    void aFailedReimportLeavesThePreviousVersion() throws IOException {
        Path folder = tmp.resolve("catalogues");
        new CatalogueImporter(folder).importCsv(file("v1.csv", HEADER + "1;A;;;;\n"), SPEC);
        assertThrows(CatalogueImportException.class, () -> new CatalogueImporter(folder)
                .importCsv(file("v2.csv", HEADER + "1;A;;;;\n1;B;;;;\n"), SPEC));
        Catalogue kept = new CatalogueImporter(folder).catalogue("user.import").orElseThrow();
        assertEquals(List.of("1"), kept.entries().stream().map(c -> c.key()).toList());
    }

    @Test
    void userCataloguesRegisterInTheDefaultRegistryAndGo() throws IOException {
        System.setProperty(UserCatalogues.FOLDER_PROPERTY, tmp.resolve("home").toString());
        List<LoadProblem> problems = new java.util.ArrayList<>();
        Path csv = file("ok.csv", HEADER + "1;Eintrag eins;;;;\n");
        UserCatalogues.importTable(CatalogueImporter.readCsv(csv, problems), SPEC, problems);
        CatalogueRegistry registry = CatalogueRegistry.getDefault();
        assertEquals("Eintrag eins", registry.catalogue("user.import").orElseThrow().entry("1").orElseThrow().label());
        CatalogueRegistry fresh = new CatalogueRegistry();
        assertEquals(1, UserCatalogues.importer().registerAll(fresh).size(), "there after a restart");

        assertThrows(CatalogueImportException.class, () -> UserCatalogues.importTable(
                CatalogueImporter.readCsv(csv, problems), new ImportSpec("leika", "x", "1", null,
                        SPEC.mapping(), null, null), problems), "a built-in id cannot be taken");
        assertTrue(UserCatalogues.remove("user.import"));
        assertTrue(registry.catalogue("user.import").isEmpty());
        assertEquals(0, UserCatalogues.importer().catalogues().size());
    }
}
