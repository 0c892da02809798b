package org.prozesswerk.exchange.office.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.ProfileColumn;
import org.prozesswerk.exchange.office.internal.Labels;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.FimStatus;

/** The CSV file as Excel users and the CSV importer meet it. */
class CsvExporterTest {

    @Test
    void startsWithUtf8BomAndGermanHeaders() throws Exception {
        byte[] csv = Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of());
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3),
                "UTF-8 byte order mark, so that Excel reads umlauts right");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertTrue(header.startsWith("ID;Schlüssel;Name;Kurzbeschreibung;Beschreibung;Prozessart;Auslöser;"), header);
        assertTrue(header.contains(";Zuständige Organisationseinheit;"), header);
        assertTrue(header.contains(";LeiKa-Schlüssel;OZG-ID;Katalogbezüge;Rechtsgrundlagen;"), header);
        assertEquals(ProfileColumn.values().length, header.split(";").length);
    }

    @Test
    void oneRowPerSteckbriefWithMultiValuedFieldsJoinedAndQuoted() throws Exception {
        byte[] csv = Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of());
        List<LoadProblem> problems = new ArrayList<>();
        CsvReader.Table table = CsvReader.read(new java.io.ByteArrayInputStream(csv), "test.csv", problems);
        assertEquals(List.of(), problems);
        assertEquals(4, table.rows().size(), "four Steckbriefe");
        CsvReader.Row first = table.rows().get(1); // register order: the folder's own Steckbrief first
        assertEquals("Gewerbeanmeldung bearbeiten", first.get(table.column("Name")));
        assertEquals("Zeile 1\nZeile 2 mit <Tag> & \"Zitat\" | Strich \\ Backslash\tTab",
                first.get(table.column("Beschreibung")), "quoted field keeps line break, quotes and separators");
        assertEquals("Gewerbe\nOZG\nGewerbe", first.get(table.column("Schlagwörter")));
        assertEquals("GewO | § 14 | Anzeigepflicht | https://www.gesetze-im-internet.de/gewo/__14.html | leika\n"
                + "GewO | § 15 |  |  | leika", first.get(table.column("Rechtsgrundlagen")));
        assertEquals("Ordnungsamt | informiert\nStabsstelle Digitalisierung | berät \\| prüft",
                first.get(table.column("Beteiligte")));
        assertEquals("99050012104000", first.get(table.column("LeiKa-Schlüssel")));
        assertEquals("17,5", first.get(table.column("Bearbeitungszeit je Fall (Minuten)")), "German decimal comma");
        assertEquals("methodisch freigegeben", first.get(table.column("Status")));
        assertEquals("Öffentliche Ordnung / Gewerbe", first.get(table.column("Ordner")));
        assertEquals("2030-12-31T23:59:59.999Z", first.get(table.column("Gültig bis")));
        assertEquals("Akten archivieren – Straße, Maß, Übergröße", table.rows().get(0).get(table.column("Name")));
        // Enumerations at their first literal (the model's default) are values too, not empty cells.
        CsvReader.Row deregistration = row(table, "Gewerbeabmeldung bearbeiten");
        assertEquals("Kernprozess", deregistration.get(table.column("Prozessart")));
        assertEquals(Labels.status(FimStatus.IN_PLANNING),
                row(table, "Noch nicht einsortiert").get(table.column("Status")));
    }

    private static CsvReader.Row row(CsvReader.Table table, String name) {
        return table.rows().stream().filter(r -> name.equals(r.get(table.column("Name")))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    @Test
    void separatorOptionAndNoBom() throws Exception {
        byte[] csv = Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of("separator", ",", "bom", "false"));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("ID,Schlüssel,Name,"), text.substring(0, 40));
        byte[] tab = Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of("separator", "tab"));
        assertTrue(new String(tab, StandardCharsets.UTF_8).startsWith("\uFEFFID\tSchlüssel\t"));
        assertThrows(ExchangeException.class,
                () -> Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of("separator", "|")));
    }

    @Test
    void sameRegisterGivesSameBytes() throws Exception {
        assertArrayEquals(Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of()),
                Exports.bytes(new CsvExporter(), ExchangeFixtures.rich(), Map.of()));
    }
}
