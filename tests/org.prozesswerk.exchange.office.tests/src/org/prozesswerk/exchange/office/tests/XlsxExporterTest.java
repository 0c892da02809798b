package org.prozesswerk.exchange.office.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.office.ProfileColumn;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;

/** The workbook read back with POI: sheets, headers, frozen panes, filters, links, typed cells. */
class XlsxExporterTest {

    @TempDir
    Path folder;

    @Test
    void sheetPerEntityWithFrozenGermanHeaderAndAutoFilter() throws Exception {
        Path file = folder.resolve("register.xlsx");
        Exports.toFile(new XlsxExporter(), ExchangeFixtures.rich(), file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Steckbriefe", "Organisation", "Kataloge", "Rechtsgrundlagen", "Kontexte"), names);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " has a frozen pane");
                assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName());
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + " has an auto filter");
                assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            }
            XSSFSheet profiles = workbook.getSheet("Steckbriefe");
            assertEquals("A1:" + columnName(ProfileColumn.values().length - 1) + "5",
                    profiles.getCTWorksheet().getAutoFilter().getRef(), "filter over header and 4 rows");
            Row header = profiles.getRow(0);
            assertEquals("Schlüssel", header.getCell(1).getStringCellValue());
            assertEquals("Zuständige Organisationseinheit", header.getCell(ProfileColumn.RESPONSIBLE_UNIT.ordinal())
                    .getStringCellValue());
            Row first = profiles.getRow(2);
            assertEquals("Gewerbeanmeldung bearbeiten", first.getCell(ProfileColumn.NAME.ordinal()).getStringCellValue());
            assertEquals(1200.0, first.getCell(ProfileColumn.CASE_VOLUME.ordinal()).getNumericCellValue(),
                    "numbers are numeric cells");
            assertEquals(17.5, first.getCell(ProfileColumn.PROCESSING_MINUTES.ordinal()).getNumericCellValue());
            Cell validTo = first.getCell(ProfileColumn.VALID_TO.ordinal());
            assertEquals("2030-12-31T23:59:59.999", validTo.getLocalDateTimeCellValue().toString(),
                    "dates are date cells in UTC");
            assertEquals("Akten archivieren – Straße, Maß, Übergröße",
                    profiles.getRow(1).getCell(ProfileColumn.NAME.ordinal()).getStringCellValue());

            XSSFSheet organisation = workbook.getSheet("Organisation");
            assertEquals(4, organisation.getLastRowNum(), "four units");
            assertEquals("Ordnungsamt", organisation.getRow(2).getCell(1).getStringCellValue());
            assertEquals("ou-2", organisation.getRow(2).getCell(4).getStringCellValue(), "parent id");

            XSSFSheet legal = workbook.getSheet("Rechtsgrundlagen");
            assertEquals(2, legal.getLastRowNum());
            Cell url = legal.getRow(1).getCell(5);
            assertNotNull(url.getHyperlink(), "URLs are hyperlinks");
            assertEquals("https://www.gesetze-im-internet.de/gewo/__14.html", url.getHyperlink().getAddress());
            XSSFSheet contexts = workbook.getSheet("Kontexte");
            assertEquals("https://gewerbe.example.org/", contexts.getRow(1).getCell(5).getHyperlink().getAddress());
            assertEquals("Online-Antrag", contexts.getRow(1).getCell(2).getStringCellValue());
            XSSFSheet catalogues = workbook.getSheet("Kataloge");
            assertEquals("99050012104000", catalogues.getRow(1).getCell(3).getStringCellValue());
        }
    }

    private static String columnName(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
