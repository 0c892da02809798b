package org.prozesswerk.exchange.office.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.exchange.ExchangeReport;

/**
 * Writes one sheet of a streaming workbook: a bold, frozen header row with an auto filter, then rows of strings,
 * numbers, dates and links. Excel's limits are kept and reported: 32,767 characters per cell, 1,048,576 rows and
 * 65,530 hyperlinks per sheet (Excel reports a damaged file beyond that).
 */
public final class SheetWriter {

    public static final int MAX_HYPERLINKS = 65_530;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Shared styles of one workbook. */
    public record Styles(CellStyle header, CellStyle text, CellStyle wrapped, CellStyle date, CellStyle link) {

        public static Styles of(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Font linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            CellStyle link = workbook.createCellStyle();
            link.setVerticalAlignment(VerticalAlignment.TOP);
            link.setFont(linkFont);
            return new Styles(header, text, wrapped, date, link);
        }
    }

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final ExchangeReport report;
    private final int columns;
    private int rowIndex;
    private int hyperlinks;
    private boolean linkLimitReported;
    private boolean rowLimitReported;
    private Row row;

    public SheetWriter(SXSSFWorkbook workbook, String name, Styles styles, ExchangeReport report, String[] headers,
            int[] widths) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.report = report;
        this.columns = headers.length;
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
        rowIndex = 1;
    }

    /** Starts the next row; {@code false} when the sheet is full (reported once). */
    public boolean nextRow() {
        if (rowIndex >= MAX_ROWS) {
            if (!rowLimitReported) {
                report.skipped(sheet.getSheetName(), NLS.bind(Messages.Xlsx_RowLimit, MAX_ROWS), "");
                rowLimitReported = true;
            }
            row = null;
            return false;
        }
        row = sheet.createRow(rowIndex++);
        return true;
    }

    /** Writes a string, number or date into column {@code column} of the current row; {@code null} leaves it empty. */
    public void cell(int column, Object value, String location) {
        if (value == null || row == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case Integer i -> {
                cell.setCellValue(i);
                cell.setCellStyle(styles.text());
            }
            case Double d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.text());
            }
            case Date date -> {
                cell.setCellValue(LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC));
                cell.setCellStyle(styles.date());
            }
            default -> {
                String text = value.toString();
                if (text.length() > MAX_CELL_TEXT) {
                    report.warning(location, sheet.getSheetName() + " " + cell.getAddress().formatAsString(),
                            NLS.bind(Messages.Xlsx_Truncated, text.length(), MAX_CELL_TEXT));
                    text = text.substring(0, MAX_CELL_TEXT);
                }
                int control = ControlCharacters.indexOf(text);
                if (control >= 0) {
                    // a register of an older version: written as U+FFFD (XML cannot hold it), never dropped silently
                    report.warning(location, sheet.getSheetName() + " " + cell.getAddress().formatAsString(),
                            NLS.bind(Messages.Export_ControlCharacter, ControlCharacters.code(text.charAt(control))));
                    text = ControlCharacters.replace(text);
                }
                cell.setCellValue(FormulaGuard.neutralise(text));
                cell.setCellStyle(text.indexOf('\n') >= 0 ? styles.wrapped() : styles.text());
            }
        }
    }

    /** Writes a URL as a hyperlink (as plain text beyond Excel's hyperlink limit or when it is no valid URI). */
    public void link(int column, String url, String location) {
        if (url == null || url.isBlank() || row == null) {
            return;
        }
        cell(column, url, location);
        if (hyperlinks >= MAX_HYPERLINKS) {
            if (!linkLimitReported) {
                report.warning(sheet.getSheetName(), "", NLS.bind(Messages.Xlsx_HyperlinkLimit, MAX_HYPERLINKS));
                linkLimitReported = true;
            }
            return;
        }
        Cell cell = row.getCell(column);
        try {
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(url.strip());
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(styles.link());
            hyperlinks++;
        } catch (IllegalArgumentException e) {
            report.warning(location, url, e.getMessage());
        }
    }

    /** Sets the auto filter over the header and all rows written. */
    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns - 1));
    }

    public int hyperlinks() {
        return hyperlinks;
    }
}
