package org.prozesswerk.catalog.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.UserCatalogues;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.ProzesswerkCli;

/** {@code prozesswerk catalogue import|list|remove} in-process on real files (the product run is cli-catalogue-test.sh). */
class CatalogueCommandTest {

    @TempDir
    Path dir;

    /** The build points the folder away from the user\'s home; restored after each test. */
    private final String folderBefore = System.getProperty(UserCatalogues.FOLDER_PROPERTY);

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void folder() {
        System.setProperty(UserCatalogues.FOLDER_PROPERTY, dir.resolve("catalogues").toString());
    }

    @AfterEach
    void clear() {
        for (var c : CatalogueRegistry.getDefault().catalogues()) {
            CatalogueRegistry.getDefault().unregister(c.id());
        }
        if (folderBefore == null) {
            System.clearProperty(UserCatalogues.FOLDER_PROPERTY);
        } else {
            System.setProperty(UserCatalogues.FOLDER_PROPERTY, folderBefore);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ProzesswerkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private int importFile(Path file, String version, String... more) {
        List<String> args = new ArrayList<>(List.of("catalogue", "import", file.toString(), "--id", "test.oaa",
                "--name", "Online-Antragsassistenten (Beispiel)", "--version", version, "--key-column", "Nr",
                "--label-column", "Bezeichnung", "--url-column", "URL", "--attribute-columns", "Anbieter",
                "--key-pattern", "OAA-\\d{3}", "--key-format", "OAA- und drei Ziffern"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Path csv(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "Nr;Bezeichnung;Anbieter;URL\n" + rows, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importListRemove() throws IOException {
        Path file = csv("oaa.csv", "OAA-001;Wohngeld beantragen;Beispiel-Anbieter;https://example.org/wohngeld\n"
                + "OAA-002;Hund anmelden;Beispiel-Anbieter;https://example.org/hund\n");
        assertEquals(ExitCodes.OK, importFile(file, "1"), err::toString);
        assertTrue(out.toString().contains("test.oaa"), out::toString);
        assertEquals("https://example.org/hund", CatalogueRegistry.getDefault().catalogue("test.oaa").orElseThrow()
                .entry("OAA-002").orElseThrow().attribute("url"));

        assertEquals(ExitCodes.OK, run("catalogue", "list"), err::toString);
        String line = out.toString().lines().filter(l -> l.startsWith("test.oaa\t")).findFirst().orElseThrow();
        assertTrue(line.startsWith("test.oaa\t1\t2\t"), line);
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("leika\t")), "built-in ones listed too");

        assertEquals(ExitCodes.INPUT_ERROR, run("catalogue", "remove", "leika"));
        assertTrue(err.toString().contains("leika"), err::toString);
        assertEquals(ExitCodes.OK, run("catalogue", "remove", "test.oaa"), err::toString);
        assertFalse(Files.exists(dir.resolve("catalogues/test.oaa.csv")));
        assertEquals(ExitCodes.INPUT_ERROR, run("catalogue", "remove", "test.oaa"));
    }

    @Test
    void xlsxImports() throws IOException {
        Path file = dir.resolve("oaa.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("OAA");
            String[][] cells = { { "Nr", "Bezeichnung", "Anbieter", "URL" },
                    { "OAA-001", "Wohngeld beantragen", "Beispiel-Anbieter", "https://example.org/wohngeld" },
                    {}, { "OAA-003", "Parkausweis", "Anderer Anbieter", "https://example.org/park" } };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(stream);
        }
        assertEquals(ExitCodes.OK, importFile(file, "1"), err::toString);
        assertEquals("Anderer Anbieter", CatalogueRegistry.getDefault().catalogue("test.oaa").orElseThrow()
                .entry("OAA-003").orElseThrow().attribute("Anbieter"));
    }

    @Test
    void badFilesAreRefusedAndNothingIsWritten() throws IOException {
        Path fake = dir.resolve("liste.xlsx");
        Files.writeString(fake, "Nr;Bezeichnung\nOAA-001;x\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, importFile(fake, "1"));
        assertTrue(err.toString().contains(fake.toString()), err::toString);
        assertTrue(err.toString().contains("xlsx"), err::toString);

        Path duplicates = csv("dup.csv", "OAA-001;a;b;c\nOAA-001;d;e;f\n");
        assertEquals(ExitCodes.INPUT_ERROR, importFile(duplicates, "1"));
        assertTrue(err.toString().matches("(?s).*dup\\.csv, (Zeile|row) 3, (Spalte „|column \")Nr.*"), err::toString);

        Path pattern = csv("muster.csv", "OAA-001;a;b;c\nOAA-1;d;e;f\n");
        assertEquals(ExitCodes.INPUT_ERROR, importFile(pattern, "1"));
        assertTrue(err.toString().contains("OAA- und drei Ziffern"), err::toString);

        Path separator = dir.resolve("komma.csv");
        Files.writeString(separator, "Nr|Bezeichnung|Anbieter|URL\nOAA-001|a|b|c\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, importFile(separator, "1"));
        assertTrue(err.toString().contains("Nr|Bezeichnung|Anbieter|URL"), err::toString);

        assertFalse(Files.exists(dir.resolve("catalogues/test.oaa.csv")), "nothing imported");
        assertTrue(CatalogueRegistry.getDefault().catalogue("test.oaa").isEmpty());
    }

    /** A group command: without a subcommand its usage goes to standard error (exit 2), --help to standard out. */
    @Test
    void theGroupListsItsSubcommands() {
        assertEquals(ExitCodes.INPUT_ERROR, run("catalogue"));
        assertEquals("", out.toString());
        for (String sub : List.of("import", "list", "remove", "relink", "refresh-labels")) {
            assertTrue(err.toString().contains(sub), err::toString);
        }
        assertEquals(ExitCodes.OK, run("catalogue", "--help"), err::toString);
        assertTrue(out.toString().contains("refresh-labels"), out::toString);
        assertEquals(ExitCodes.OK, run("catalogue", "relink", "-h"), err::toString);
        assertTrue(out.toString().contains("--from"), out::toString);
    }

    /** Version 2 drops OAA-002 and relabels OAA-001: relink moves the reference, refresh-labels the snapshots. */
    @Test
    void relinkAndRefreshLabelsRepairARegisterAfterANewVersion() throws IOException {
        assertEquals(ExitCodes.OK, importFile(csv("v1.csv", "OAA-001;Wohngeld beantragen;A;u\n"
                + "OAA-002;Hund anmelden;A;u\n"), "1"), err::toString);
        Path register = dir.resolve("register.pwreg");
        Files.writeString(register, """
                <?xml version="1.0" encoding="UTF-8"?>
                <pw:ProcessRegister xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:pw="http://prozesswerk.org/register/1.0" id="reg" name="Register">
                  <unfiledProfiles id="p-1" key="PW-1" name="Wohngeld">
                    <catalogueReferences catalogueId="test.oaa" key="OAA-001" label="Wohngeld beantragen" \
                catalogueVersion="1"/>
                  </unfiledProfiles>
                  <unfiledProfiles id="p-2" key="PW-2" name="Hundesteuer">
                    <catalogueReferences catalogueId="test.oaa" key="OAA-002" label="Hund anmelden" \
                catalogueVersion="1"/>
                  </unfiledProfiles>
                </pw:ProcessRegister>
                """, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, importFile(csv("v2.csv", "OAA-001;Wohngeld online beantragen;A;u\n"
                + "OAA-004;Hund online anmelden;A;u\n"), "2"), err::toString);

        assertEquals(ExitCodes.INPUT_ERROR, run("catalogue", "relink", register.toString(), "--catalogue",
                "test.oaa", "--from", "OAA-002", "--to", "OAA-009"), "no such successor");
        assertTrue(err.toString().contains("OAA-009"), err::toString);
        assertEquals(ExitCodes.OK, run("catalogue", "relink", register.toString(), "--catalogue", "test.oaa",
                "--from", "OAA-002", "--to", "OAA-004"), err::toString);
        assertTrue(out.toString().startsWith("1 "), out::toString);
        String text = Files.readString(register, StandardCharsets.UTF_8);
        assertFalse(text.contains("OAA-002"), text);
        assertTrue(text.contains("key=\"OAA-004\" label=\"Hund online anmelden\" catalogueVersion=\"2\""), text);

        assertEquals(ExitCodes.OK, run("catalogue", "refresh-labels", register.toString(), "--catalogue",
                "test.oaa"), err::toString);
        assertTrue(out.toString().matches("(?s)[1-9].*"), out::toString);
        text = Files.readString(register, StandardCharsets.UTF_8);
        assertTrue(text.contains("label=\"Wohngeld online beantragen\" catalogueVersion=\"2\""), text);
    }

    @Test
    void aNewVersionShowsWhatChanged() throws IOException {
        assertEquals(ExitCodes.OK, importFile(csv("v1.csv", "OAA-001;Wohngeld beantragen;A;u\n"
                + "OAA-002;Hund anmelden;A;u\nOAA-003;Parkausweis;A;u\n"), "1"), err::toString);
        assertEquals(ExitCodes.OK, importFile(csv("v2.csv", "OAA-001;Wohngeld online beantragen;A;u\n"
                + "OAA-003;Parkausweis;A;u\nOAA-004;Fischereischein;A;u\n"), "2"), err::toString);
        String text = out.toString();
        assertTrue(text.contains("  + OAA-004  Fischereischein"), text);
        assertTrue(text.contains("  - OAA-002  Hund anmelden"), text);
        assertTrue(text.contains("  ~ OAA-001  Wohngeld beantragen → Wohngeld online beantragen"), text);
        assertFalse(text.contains("OAA-003"), text);
    }
}
