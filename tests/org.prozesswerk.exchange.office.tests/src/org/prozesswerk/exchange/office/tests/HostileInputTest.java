package org.prozesswerk.exchange.office.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.exchange.office.XlsxImporter;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Issue 18: formula injection, control characters, damaged CSV and damaged UTF-8 on the real CSV and XLSX paths.
 */
class HostileInputTest {

    /** Names a spreadsheet would run as a formula, and the ones that must survive the reversible encoding. */
    private static final List<String> NAMES = List.of("=HYPERLINK(\"http://example.org\";\"klick\")", "+1+1",
            "-2+3", "@SUMME(A1)", "'=schon mit Apostroph", "''@zwei Apostrophe", "'nur Apostroph",
            "Gebühr – normal", "a=b");

    @TempDir
    Path folder;

    private static ProcessRegister register(List<String> names) {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId("r");
        int n = 0;
        for (String name : names) {
            ProcessProfile profile = ProzesswerkFactory.eINSTANCE.createProcessProfile();
            profile.setId("p" + ++n);
            profile.setName(name);
            register.getUnfiledProfiles().add(profile);
        }
        return register;
    }

    private ExchangeReport importInto(Importer importer, Path file, ProcessRegister target) throws Exception {
        return importer.importInto(new ImportRequest(file, target, null, Map.of()), new NullProgressMonitor());
    }

    private List<String> roundTrip(Exporter exporter, Importer importer, String fileName) throws Exception {
        Path file = folder.resolve(fileName);
        Exports.toFile(exporter, register(NAMES), file);
        ProcessRegister imported = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importInto(importer, file, imported);
        assertEquals(0, report.count(ExchangeReport.Kind.REJECTED), report.toString());
        return Steckbriefe.all(imported).stream().map(ProcessProfile::getName).toList();
    }

    private static boolean dangerous(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    @Test
    void csvExportNeutralisesFormulasAndTheImportRestoresThem() throws Exception {
        String csv = new String(Exports.bytes(new CsvExporter(), register(NAMES), Map.of("bom", "false")),
                StandardCharsets.UTF_8);
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(";")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(dangerous(unquoted), "cell a spreadsheet would evaluate: " + cell);
            }
        }
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertEquals(NAMES, roundTrip(new CsvExporter(), new CsvImporter(), "formeln.csv"));
    }

    @Test
    void leadingTabOrCarriageReturnBeforeAFormulaIsNeutralisedToo() throws Exception {
        String csv = new String(Exports.bytes(new CsvExporter(), register(List.of("\t=1+2", "\r=3")),
                Map.of("bom", "false")), StandardCharsets.UTF_8);
        assertTrue(csv.contains(";'\t=1+2;") || csv.contains("\"'\t=1+2\""), csv);
        assertFalse(csv.contains(";\t=1+2;"), csv);
    }

    @Test
    void xlsxExportNeutralisesFormulasAndTheImportRestoresThem() throws Exception {
        Path file = folder.resolve("formeln.xlsx");
        Exports.toFile(new XlsxExporter(), register(NAMES), file);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(XlsxExporter.SHEET_PROFILES);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                row.forEach(cell -> cells.add(cell.toString()));
            }
        }
        assertTrue(cells.contains("'=HYPERLINK(\"http://example.org\";\"klick\")"), cells.toString());
        assertTrue(cells.stream().noneMatch(HostileInputTest::dangerous), cells.toString());
        assertEquals(NAMES, roundTrip(new XlsxExporter(), new XlsxImporter(), "formeln2.xlsx"));
    }

    /** A CSV file with the columns Name and Beschreibung, a good row „Hundesteuer“ and then {@code rest}. */
    private Path hundesteuerAnd(String name, String rest) throws IOException {
        return Files.writeString(folder.resolve(name), "Name;Beschreibung\nHundesteuer;gut\n" + rest,
                StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersAreRejectedWithRowAndColumn() throws Exception {
        Path file = hundesteuerAnd("steuer.csv", "Fundsache;Glocke\u0007 und Escape\u001b[31m\n");
        ProcessRegister target = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importInto(new CsvImporter(), file, target);
        assertEquals(1, report.count(ExchangeReport.Kind.REJECTED), report.toString());
        String text = report.toString();
        assertTrue(text.contains("U+0007") && text.contains("Beschreibung") && (text.contains("Zeile 3")
                || text.contains("line 3")), text);
        assertEquals(List.of("Hundesteuer"), Steckbriefe.all(target).stream().map(ProcessProfile::getName).toList(),
                "the row with the control character is not taken");
    }

    @Test
    void csvCutInsideAQuotedFieldIsAnErrorNamingTheRow() throws Exception {
        Path file = hundesteuerAnd("abgeschnitten.csv", "Fundsache;\"angefangen und\nnie beendet");
        ProcessRegister target = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeException e = assertThrows(ExchangeException.class, () -> importInto(new CsvImporter(), file, target));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ":3"), e.getMessage());
        assertTrue(Steckbriefe.all(target).isEmpty(), "nothing imported from a damaged file");
    }

    @Test
    void oneInvalidUtf8SequenceIsAnErrorWithItsPosition() throws Exception {
        Path file = folder.resolve("kaputt.csv");
        byte[] good = "Name;Ort\nGebühr erheben;Köln\nMüll;".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 4];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'X';
        bytes[good.length + 1] = (byte) 0xC3; // a lead byte followed by no continuation
        bytes[good.length + 2] = 'Y';
        bytes[good.length + 3] = '\n';
        Files.write(file, bytes);
        ProcessRegister target = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeException e = assertThrows(ExchangeException.class, () -> importInto(new CsvImporter(), file, target));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals(7, e.column(), "Müll;X then the bad byte: " + e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("0xC3"), e.getMessage());
        assertTrue(Steckbriefe.all(target).isEmpty());
    }

    @Test
    void aPlainlyLegacyFileIsReadAsWindows1252WithAWarning() throws Exception {
        Path file = folder.resolve("alt.csv");
        Files.write(file, "Name;Ort\nGebühr erheben;Köln\n".getBytes(Charset.forName("windows-1252")));
        ProcessRegister target = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importInto(new CsvImporter(), file, target);
        assertEquals("Gebühr erheben", Steckbriefe.all(target).get(0).getName());
        assertTrue(report.count(ExchangeReport.Kind.WARNING) > 0 && report.toString().contains("1252"),
                report.toString());
    }

    /**
     * A register of an older version with control characters: CSV and XLSX exports write U+FFFD and report each cell,
     * so that our own import reads the file again (before: the CSV held them raw and its import rejected the row; the
     * XLSX writer turned them into "?" without a word).
     */
    @Test
    void controlCharactersOfAnOldRegisterAreReplacedReportedAndReadBack() throws Exception {
        List<String> old = List.of("Titel\u001b]0;x\u0007 alt", "Gut");
        for (Exporter exporter : List.<Exporter>of(new CsvExporter(), new XlsxExporter())) {
            boolean csv = exporter instanceof CsvExporter;
            Path file = folder.resolve(csv ? "alt.csv" : "alt.xlsx");
            ExchangeReport written = Exports.toFile(exporter, register(old), file);
            assertTrue(written.entries(ExchangeReport.Kind.WARNING).stream()
                    .anyMatch(e -> e.message().contains("U+001B") && e.message().contains("U+FFFD")), written.toString());
            ProcessRegister imported = ProzesswerkFactory.eINSTANCE.createProcessRegister();
            ExchangeReport read = importInto(csv ? new CsvImporter() : new XlsxImporter(), file, imported);
            assertEquals(0, read.count(ExchangeReport.Kind.REJECTED), read.toString());
            assertEquals(List.of("Titel\uFFFD]0;x\uFFFD alt", "Gut"),
                    Steckbriefe.all(imported).stream().map(ProcessProfile::getName).toList());
        }
    }
}
