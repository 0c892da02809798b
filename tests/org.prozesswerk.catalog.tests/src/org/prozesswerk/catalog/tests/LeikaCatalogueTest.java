package org.prozesswerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.leika.Leika;

/** The built-in LeiKa catalogue against its raw file. */
class LeikaCatalogueTest {

    /*
     * Hand-checked with Python's csv module on leika_leistungen.csv (5,251 data rows): 4,813 rows have a valid key
     * (99 + 12 digits), all distinct, so no duplicates in this file (the data README says 4,814; that is one too
     * many). 438 rows have no valid key: 436 "nicht im LeiKa", line 5251 "25323525" (Test 124) and line 5252 "3233"
     * (Test 4, also Typisierung "44").
     */
    static final int VALID_KEYS = 4813;
    static final int NOT_IN_LEIKA_ROWS = 436;
    static final int JUNK_ROWS = 438;

    private final Catalogue leika = CatalogueRegistry.getDefault().catalogue(Leika.CATALOGUE_ID).orElseThrow();

    /** An independent, simple parse: the key is never quoted, so it is everything before the first comma. */
    static RawCounts rawCounts() throws IOException {
        Set<String> valid = new HashSet<>();
        Set<Integer> junkLines = new TreeSet<>();
        int notInLeika = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestData.open("org.prozesswerk.catalog.leika", "data/leika_leistungen.csv"), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                String key = line.substring(0, line.indexOf(','));
                if (key.matches("99\\d{12}")) {
                    valid.add(key);
                } else {
                    junkLines.add(number);
                    notInLeika += key.equals("nicht im LeiKa") ? 1 : 0;
                }
            }
        }
        return new RawCounts(valid, junkLines, notInLeika);
    }

    record RawCounts(Set<String> validKeys, Set<Integer> junkLines, int notInLeika) {
    }

    @Test
    void loadsEveryValidKeyOfTheFile() throws IOException {
        RawCounts raw = rawCounts();
        assertEquals(VALID_KEYS, raw.validKeys().size());
        assertEquals(raw.validKeys().size(), leika.entries().size());
        assertEquals(raw.validKeys(), leika.entries().stream().map(CatalogueEntry::key).collect(Collectors.toSet()));
    }

    @Test
    void everyJunkRowIsReportedWithItsLine() throws IOException {
        RawCounts raw = rawCounts();
        assertEquals(JUNK_ROWS, raw.junkLines().size());
        assertEquals(NOT_IN_LEIKA_ROWS, raw.notInLeika());
        List<LoadProblem> problems = leika.problems();
        Set<Integer> reported = problems.stream().map(LoadProblem::line).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(raw.junkLines(), reported, "exactly the rows without valid key are reported, no others");
        assertTrue(problems.stream().allMatch(p -> p.source().equals("data/leika_leistungen.csv")));
        assertEquals(NOT_IN_LEIKA_ROWS,
                problems.stream().filter(p -> p.severity() == LoadProblem.Severity.WARNING).count());
        List<LoadProblem> errors = problems.stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR).toList();
        assertEquals(List.of(5251, 5252, 5252), errors.stream().map(LoadProblem::line).toList(), errors.toString());
        assertTrue(errors.get(0).message().contains("25323525"), errors.get(0).message());
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("'44'")), errors.toString());
        LoadProblem first = problems.get(0);
        assertEquals(2, first.line());
        assertTrue(first.message().contains("Gefahrengutverpackungen"), first.message());
    }

    @Test
    void hierarchyFollowsTheKeyStructure() {
        CatalogueEntry erteilung = leika.entry("99012001001000").orElseThrow();
        assertEquals("99012001000000", erteilung.parentKey());
        assertEquals(Leika.KIND_VERRICHTUNG, erteilung.kind());
        CatalogueEntry objekt = leika.entry("99012001000000").orElseThrow();
        assertEquals("Abbruchgenehmigung", objekt.label());
        assertEquals(Leika.KIND_LEISTUNGSOBJEKT, objekt.kind());
        assertEquals(null, objekt.parentKey());
        assertTrue(leika.children("99012001000000").contains(erteilung));
        assertTrue(leika.roots().contains(objekt));

        // Detail under its Verrichtung …
        CatalogueEntry detail = leika.entry("99111001017003").orElseThrow();
        assertEquals(Leika.KIND_DETAIL, detail.kind());
        assertEquals("99111001017000", detail.parentKey());
        assertEquals(List.of("99111001000000", "99111001017000"),
                leika.ancestors("99111001017003").stream().map(CatalogueEntry::key).toList());
        // … or, when the file lacks that Verrichtung, under its Leistungsobjekt.
        assertTrue(leika.entry("99001040008000").isEmpty());
        assertEquals("99001040000000", leika.entry("99001040008001").orElseThrow().parentKey());

        // Hand-checked with Python: 1,812 / 2,025 / 976 by key structure; roots are the 1,812 Leistungsobjekte plus
        // 10 Verrichtungen and 11 details whose Leistungsobjekt is not in the file.
        assertEquals(1812, leika.entries().stream().filter(e -> e.kind().equals(Leika.KIND_LEISTUNGSOBJEKT)).count());
        assertEquals(2025, leika.entries().stream().filter(e -> e.kind().equals(Leika.KIND_VERRICHTUNG)).count());
        assertEquals(976, leika.entries().stream().filter(e -> e.kind().equals(Leika.KIND_DETAIL)).count());
        assertEquals(1812 + 10 + 11, leika.roots().size());
    }

    @Test
    void attributesOfARow() {
        CatalogueEntry entry = leika.entry("99046029000000").orElseThrow();
        assertEquals("Abdrucke aus dem Schuldnerverzeichnis", entry.label());
        assertEquals("2/3", entry.attribute(Leika.TYPISIERUNG));
        assertEquals("10569", entry.attribute(Leika.OZG_ID));
        assertTrue(entry.attribute(Leika.RECHTSGRUNDLAGEN).contains("zpo/__882g.html"));
    }

    @Test
    void keyFormatIsChecked() {
        assertTrue(leika.validateKey("99012001000000").isEmpty());
        assertTrue(leika.validateKey("9901200100000").isPresent(), "13 digits");
        assertTrue(leika.validateKey("12012001000000").isPresent(), "not starting with 99");
        assertTrue(leika.validateKey("nicht im LeiKa").isPresent());
    }
}
