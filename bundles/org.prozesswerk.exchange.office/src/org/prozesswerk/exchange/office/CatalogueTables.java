package org.prozesswerk.exchange.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.CatalogueImportException;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.ImportProblem;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.exchange.office.internal.Messages;

/**
 * Reads a file the user wants to import as a catalogue into a table of rows: a CSV through the catalogue's
 * {@link CsvReader}, an Excel workbook ({@code .xlsx}) from its first sheet, first row the headers, each row knowing
 * its sheet row number (so that messages name the row the user sees in Excel). Shared by the command line and the
 * import wizard.
 */
public final class CatalogueTables {

    private CatalogueTables() {
    }

    /** Whether the file is read as an Excel workbook (by its extension). */
    public static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads the file as a table.
     *
     * @param problems receives the reading problems of a CSV (encoding, quotes); pass them to the import
     * @throws CatalogueImportException if the file cannot be read or a {@code .xlsx} is not a workbook
     */
    public static CsvReader.Table read(Path file, List<LoadProblem> problems) throws CatalogueImportException {
        try {
            return isXlsx(file) ? readXlsx(file) : CatalogueImporter.readCsv(file, problems);
        } catch (CatalogueImportException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogueImportException(new ImportProblem(file.toString(), 0, null, true,
                    NLS.bind(Messages.Catalogue_Unreadable, String.valueOf(e.getMessage()))), e);
        }
    }

    private static CsvReader.Table readXlsx(Path file) throws IOException {
        String source = file.toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw notXlsx(source, Messages.Import_NoSheet, null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int width = header == null ? 0 : Math.max(0, header.getLastCellNum());
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                headers.add(XlsxImporter.text(header.getCell(i)).strip());
            }
            List<CsvReader.Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(width);
                boolean blank = true;
                for (int i = 0; i < width; i++) {
                    String text = XlsxImporter.text(row.getCell(i));
                    blank &= text.isBlank();
                    cells.add(text);
                }
                if (!blank) {
                    rows.add(new CsvReader.Row(r + 1, List.copyOf(cells)));
                }
            }
            return new CsvReader.Table(source, List.copyOf(headers), List.copyOf(rows), ';', StandardCharsets.UTF_8);
        } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException | POIXMLException
                | OpenXML4JRuntimeException e) {
            throw notXlsx(source, NLS.bind(Messages.Import_NotXlsx, XlsxImporter.innermost(e)), e);
        }
    }

    private static CatalogueImportException notXlsx(String source, String message, Throwable cause) {
        return new CatalogueImportException(new ImportProblem(source, 0, null, true, message), cause);
    }
}
