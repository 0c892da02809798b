package org.prozesswerk.fuzz;

import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.catalog.LoadProblem;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Catalogue CSV (CatalogueImporter.preview, as `catalog import` and the catalogue import wizard read a file): every
 * row becomes an entry or a problem naming file and line; parent links may form cycles.
 */
class CatalogueCsvFuzzTest {

    private static final CatalogueImporter.ImportSpec SPEC = new CatalogueImporter.ImportSpec("fuzz", "Fuzz", "1",
            "Prozesswerk", new CsvMapping("Kennziffer", "Bezeichnung", "Hauptgruppe", "Ebene", null, java.util.List.of()),
            "[0-9]{1,14}", "bis 14 Ziffern");

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void load(byte[] input) throws Exception {
        Path file = Readers.file("fuzz.csv", input);
        Catalogue catalogue = CatalogueImporter.preview(file, SPEC);
        for (LoadProblem problem : catalogue.problems()) {
            if (problem.source() == null || !problem.source().contains("fuzz") || problem.message() == null) {
                throw new AssertionError("a catalogue problem without its file: " + problem);
            }
        }
        for (CatalogueEntry entry : catalogue.entries()) {
            catalogue.ancestors(entry.key());
            catalogue.children(entry.key());
        }
        catalogue.roots();
    }
}
