package org.prozesswerk.exchange.office;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.office.internal.Labels;
import org.prozesswerk.exchange.office.internal.FormulaGuard;
import org.prozesswerk.exchange.office.internal.Messages;
import org.prozesswerk.exchange.office.internal.TableImport;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.SizeClass;

/**
 * Imports Steckbriefe from an Excel workbook: the sheet "Steckbriefe" (else the first sheet), first row the headers,
 * columns assigned by a {@link ColumnMapping} as for CSV. A sheet "Organisation" with the headers our exporter writes
 * is read first, so that the organisation chart comes back with its hierarchy and units resolve by name. POI's zip
 * bomb guard (minimum inflate ratio) stays on.
 */
public final class XlsxImporter implements Importer {

    @Override
    public ExchangeReport importInto(ImportRequest request, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        ColumnMapping mapping = CsvImporter.mapping(request);
        String source = request.source().toString();
        ExchangeReport report = new ExchangeReport();
        try (OPCPackage pkg = OPCPackage.open(request.source().toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = workbook(pkg, source)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ExchangeException(source, Messages.Import_NoSheet, null);
            }
            Sheet profiles = workbook.getSheet(XlsxExporter.SHEET_PROFILES);
            if (profiles == null) {
                profiles = workbook.getSheetAt(0);
            }
            TableImport importer = new TableImport(request.target(), mapping, report);
            Sheet organisation = workbook.getSheet(XlsxExporter.SHEET_ORGANISATION);
            if (organisation != null && organisation != profiles) {
                readOrganisation(organisation, request, importer, report);
            }
            for (Sheet sheet : workbook) {
                if (sheet != profiles && sheet != organisation) {
                    report.skipped(sheet.getSheetName(), "", Messages.Import_SheetSkipped);
                }
            }
            Row header = profiles.getRow(profiles.getFirstRowNum());
            int width = header == null ? 0 : Math.max(0, header.getLastCellNum());
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                headers.add(text(header.getCell(i)));
            }
            importer.header(headers, source + " [" + profiles.getSheetName() + "]");
            CsvImporter.saveMapping(request, importer);
            int first = profiles.getFirstRowNum() + 1;
            int last = profiles.getLastRowNum();
            SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_Task, Math.max(0, last - first + 1));
            for (int r = first; r <= last; r++) {
                progress.checkCanceled();
                Row row = profiles.getRow(r);
                if (row != null && !isBlank(row, width)) {
                    importer.row(NLS.bind(Messages.Import_SheetRow, profiles.getSheetName(), r + 1),
                            i -> text(row.getCell(i)));
                }
                progress.worked(1);
            }
            importer.finish();
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ExchangeException(source, NLS.bind(Messages.Import_NotXlsx, e.getMessage()), e);
        } catch (EmptyFileException | POIXMLException | OpenXML4JRuntimeException e) {
            // POI reports a damaged package (empty, broken zip, bad part XML, refused DOCTYPE) unchecked; the user
            // gets one line naming the file and the innermost cause, as for every other reader.
            throw new ExchangeException(source, NLS.bind(Messages.Import_NotXlsx, innermost(e)), e);
        }
        return report;
    }

    /**
     * Reads the workbook of a package. POI checks a damaged package's structure with plain unchecked exceptions (a
     * relationship whose target is no part URI: IllegalArgumentException "targetUri invalid", found by the fuzzer);
     * while the workbook is being read they can only mean a damaged file.
     */
    private static XSSFWorkbook workbook(OPCPackage pkg, String source) throws IOException, ExchangeException {
        try {
            return new XSSFWorkbook(pkg);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExchangeException(source, NLS.bind(Messages.Import_NotXlsx, innermost(e)), e);
        }
    }

    static String innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static void readOrganisation(Sheet sheet, ImportRequest request, TableImport importer,
            ExchangeReport report) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> column = new HashMap<>();
        if (header != null) {
            for (int i = 0; i < header.getLastCellNum(); i++) {
                column.put(text(header.getCell(i)), i);
            }
        }
        if (!column.containsKey("Name")) {
            report.skipped(sheet.getSheetName(), "", Messages.Import_SheetSkipped);
            return;
        }
        Map<String, OrgUnit> byId = new HashMap<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String location = NLS.bind(Messages.Import_SheetRow, sheet.getSheetName(), r + 1);
            String name = cell(row, column, "Name");
            if (name.isBlank()) {
                continue;
            }
            String id = cell(row, column, "ID");
            if (!id.isBlank() && TableImport.hasId(request.target(), id)) {
                report.mapped(location, name, Messages.Import_OrgUnitRow);
                continue;
            }
            OrgUnit unit = ProzesswerkFactory.eINSTANCE.createOrgUnit();
            unit.setId(id.isBlank() ? "ou-" + UUID.randomUUID() : id);
            unit.setName(name);
            unit.setShortCode(nullIfBlank(cell(row, column, "Kurzzeichen")));
            try {
                String kind = cell(row, column, "Art");
                if (!kind.isBlank()) {
                    unit.setKind(Labels.parseUnitKind(kind));
                }
                for (String size : cell(row, column, "Größenklassen").split("\\s*,\\s*")) {
                    if (!size.isBlank()) {
                        SizeClass sizeClass = SizeClass.get(size.strip());
                        if (sizeClass == null) {
                            throw new IllegalArgumentException(size);
                        }
                        unit.getSizeClasses().add(sizeClass);
                    }
                }
            } catch (IllegalArgumentException e) {
                report.skipped(location, name, NLS.bind(Messages.Import_BadValue, "Art/Größenklassen", e.getMessage()));
            }
            unit.setOptional("ja".equalsIgnoreCase(cell(row, column, "Optional").strip())
                    || "true".equalsIgnoreCase(cell(row, column, "Optional").strip()));
            for (String role : CellCodec.splitLines(cell(row, column, "Rollen"))) {
                unit.getRoles().add(CellCodec.fields(role).get(0));
            }
            OrgUnit parent = byId.get(cell(row, column, "Übergeordnete Einheit (ID)"));
            if (parent != null) {
                parent.getChildren().add(unit);
            } else {
                request.target().getOrganisation().add(unit);
            }
            byId.put(unit.getId(), unit);
            importer.knowUnit(unit);
            report.created(location, name, Messages.Import_OrgUnitRow);
        }
    }

    private static String cell(Row row, Map<String, Integer> column, String header) {
        Integer index = column.get(header);
        return index == null ? "" : text(row.getCell(index));
    }

    /** A cell as text: numbers without exponent or trailing zeros, dates as ISO instants in UTC. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> FormulaGuard.restore(cell.getStringCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield value.toInstant(ZoneOffset.UTC).toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            default -> "";
        };
    }

    private static boolean isBlank(Row row, int width) {
        for (int i = 0; i < width; i++) {
            if (!text(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String nullIfBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
