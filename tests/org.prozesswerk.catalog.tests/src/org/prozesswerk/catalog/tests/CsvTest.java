package org.prozesswerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.Resolution;

/** The CSV reader with the files states actually send, and the import of a user's CSV. */
class CsvTest {

    private final List<LoadProblem> problems = new ArrayList<>();

    private CsvReader.Table read(byte[] bytes) throws IOException {
        return CsvReader.read(new ByteArrayInputStream(bytes), "test.csv", problems);
    }

    @Test
    void commaSeparatedWithQuotesAndLineBreaks() throws IOException {
        CsvReader.Table table = read("id,name\n1,\"a, b\"\n2,\"x \"\"y\"\"\nz\"\n\n3,plain\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(',', table.separator());
        assertEquals(List.of("id", "name"), table.header());
        assertEquals(3, table.rows().size());
        assertEquals("a, b", table.rows().get(0).get(1));
        assertEquals("x \"y\"\nz", table.rows().get(1).get(1));
        assertEquals(List.of(2, 3, 6), table.rows().stream().map(CsvReader.Row::line).toList(),
                "lines count physical lines, blank ones included");
        assertEquals(List.of(), problems);
    }

    @Test
    void semicolonsWithBomAndCrLf() throws IOException {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = "Schlüssel;Bezeichnung\r\n1;Größe, Maß\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        CsvReader.Table table = read(bytes);
        assertEquals(';', table.separator());
        assertEquals(0, table.column("schlüssel"), "BOM stripped, header matched ignoring case");
        assertEquals("Größe, Maß", table.rows().get(0).get(1));
        assertEquals(List.of(), problems);
    }

    @Test
    void windows1252IsReadWithAWarning() throws IOException {
        CsvReader.Table table = read("Nr;Bezeichnung\n1;Gebühr\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("Gebühr", table.rows().get(0).get(1));
        assertEquals(1, problems.size());
        assertEquals(LoadProblem.Severity.WARNING, problems.get(0).severity());
    }

    @Test
    void damagedUtf8KeepsTheGoodTextAndNamesTheLine() throws IOException {
        // one broken byte in a UTF-8 file must not garble every umlaut by a Windows-1252 re-read (issue 18)
        byte[] good = "Nr;Bezeichnung\n1;Gebühr\n2;".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "Ma\u00df\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1 + rest.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        System.arraycopy(rest, 0, bytes, good.length + 1, rest.length);
        CsvReader.Table table = read(bytes);
        assertEquals("Gebühr", table.rows().get(0).get(1));
        assertEquals("\ufffdMaß", table.rows().get(1).get(1));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(LoadProblem.Severity.ERROR, problems.get(0).severity());
        assertEquals(3, problems.get(0).line());
    }

    @Test
    void unterminatedQuoteAndShortRowsAreReported() throws IOException {
        read("a;b\n1;2;3\n4;\"open\n5;6\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2), "three fields under a two-column header");
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.severity() == LoadProblem.Severity.ERROR));
    }

    @Test
    void importCopiesRegistersAndReopens(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, "Nr;Aufgabe;Gruppe;Amt\nA;Testgruppe;;\nA.1;Testaufgabe Baumfällgenehmigung;A;67\n",
                StandardCharsets.UTF_8);
        CatalogueImporter importer = new CatalogueImporter(tmp.resolve("catalogues"));
        CatalogueImporter.ImportSpec spec = new CatalogueImporter.ImportSpec("user.test", "Eigener Testkatalog", "1",
                "Testamt", new CsvMapping("Nr", "Aufgabe", "Gruppe", null, "Aufgabe", List.of("Amt")), null, null);
        assertEquals(2, CatalogueImporter.preview(csv, spec).entries().size());

        Catalogue imported = importer.importCsv(csv, spec);
        assertEquals(2, imported.entries().size());
        assertEquals(List.of(), imported.problems());
        assertTrue(Files.exists(tmp.resolve("catalogues/user.test.csv")));
        assertTrue(Files.exists(tmp.resolve("catalogues/user.test" + CatalogueImporter.DESCRIPTOR_SUFFIX)));

        CatalogueRegistry registry = new CatalogueRegistry();
        assertEquals(1, new CatalogueImporter(tmp.resolve("catalogues")).registerAll(registry).size());
        Catalogue reopened = registry.catalogue("user.test").orElseThrow();
        assertEquals("Eigener Testkatalog", reopened.name());
        CatalogueEntry task = reopened.entry("A.1").orElseThrow();
        assertEquals("A", task.parentKey());
        assertEquals("67", task.attribute("Amt"));
        assertEquals("Aufgabe", task.kind());
        assertEquals("A.1", registry.search("user.test", "baumfäll", 5).get(0).key());
        assertEquals(Resolution.Status.RESOLVED,
                registry.resolve(RegistrySearchTest.reference("user.test", "A.1", null, "1")).status());
    }
}
