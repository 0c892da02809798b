package org.prozesswerk.exchange.office.internal;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.prozesswerk.exchange.io.Utf8Writer;

/**
 * Writes the rows of a streaming sheet as POI's {@link SheetDataWriter} does, byte for byte, but fast: a row is built
 * in one reused {@link StringBuilder} (escaping scans for the few characters that need it and copies the runs in
 * between), cell references come from cached column names, and the temporary file is written through an
 * unsynchronized {@link Utf8Writer}. POI's writer escapes by code point and writes each character with its own call
 * to a {@code BufferedWriter}, which took most of the time of a 100,000-Steckbrief XLSX export.
 * <p>
 * Handled here: rows without height, style, outline or visibility settings, holding string (inline), numeric and blank
 * cells, which is all {@link SheetWriter} creates. Any other row is handed to POI's own code, so the output is always
 * what POI would write. Tested against POI's writer in {@code FastSheetDataWriterTest}.
 */
final class FastSheetDataWriter extends SheetDataWriter {

    private final StringBuilder xml = new StringBuilder(16_384);
    private String[] columnNames = new String[0];
    // POI keeps these counters in private fields updated by its writeRow; the sheet reads them through the getters.
    private int flushedRows;
    private int lowestFlushedRow;
    private int cellsOfLastFlushedRow;
    private int lastFlushedRow = -1;

    FastSheetDataWriter() throws IOException {
        super();
    }

    /** Called by the super constructor for the temporary file (so no fields of this class may be used here). */
    @Override
    @SuppressWarnings("deprecation")
    public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(new FileOutputStream(file), 1 << 16);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        if (flushedRows == 0) {
            lowestFlushedRow = rownum;
        }
        lastFlushedRow = Math.max(rownum, lastFlushedRow);
        cellsOfLastFlushedRow = row.getLastCellNum();
        flushedRows++;
        if (buildRow(rownum, row)) {
            _out.append(xml);
        } else {
            super.writeRow(rownum, row);
        }
    }

    @Override
    public int getNumberOfFlushedRows() {
        return flushedRows;
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return cellsOfLastFlushedRow;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        return lowestFlushedRow;
    }

    @Override
    public int getLastFlushedRow() {
        return lastFlushedRow;
    }

    /** The row's XML into {@link #xml}; {@code false} if the row has something only POI's writer handles. */
    private boolean buildRow(int rownum, SXSSFRow row) {
        if (row.hasCustomHeight() || row.getZeroHeight() || row.isFormatted() || row.getOutlineLevel() != 0
                || row.getHidden() != null || row.getCollapsed() != null) {
            return false;
        }
        int number = rownum + 1;
        xml.setLength(0);
        xml.append("<row r=\"").append(number).append("\">\n");
        int column = 0;
        for (Iterator<Cell> cells = row.allCellsIterator(); cells.hasNext(); column++) {
            Cell cell = cells.next();
            if (cell != null && !appendCell(number, column, cell)) {
                return false;
            }
        }
        xml.append("</row>\n");
        return true;
    }

    private boolean appendCell(int rowNumber, int column, Cell cell) {
        String kind;
        switch (cell.getCellType()) {
            case STRING -> kind = "inlineStr";
            case NUMERIC -> kind = "n";
            case BLANK -> kind = null;
            default -> {
                return false;
            }
        }
        xml.append("<c r=\"").append(columnName(column)).append(rowNumber).append('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
        if (kind == null) {
            xml.append("></c>");
            return true;
        }
        xml.append(" t=\"").append(kind).append('"');
        if (kind.equals("n")) {
            // StringBuilder.append(double) is Double.toString, as POI writes it.
            xml.append("><v>").append(cell.getNumericCellValue()).append("</v></c>");
            return true;
        }
        String text = cell.getStringCellValue();
        xml.append("><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            xml.append(" xml:space=\"preserve\"");
        }
        xml.append('>');
        appendEscaped(text);
        xml.append("</t></is></c>");
        return true;
    }

    /**
     * POI's escaping: markup characters and quotes as entities, line feed, carriage return, tab and no-break space as
     * character references, other control characters and U+FFFE/U+FFFF as {@code ?}; everything else as it is
     * (surrogates too: pairs are encoded by the writer, which replaces a lone one with {@code ?}, as POI's does).
     */
    private void appendEscaped(String text) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0' && c < '\uFFFE') {
                continue;
            }
            xml.append(text, start, i);
            start = i + 1;
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\n' -> xml.append("&#xa;");
                case '\r' -> xml.append("&#xd;");
                case '\t' -> xml.append("&#x9;");
                case '\u00A0' -> xml.append("&#xa0;");
                default -> xml.append('?');
            }
        }
        xml.append(text, start, n);
    }

    private String columnName(int column) {
        if (column >= columnNames.length) {
            String[] names = new String[Math.max(column + 1, columnNames.length * 2)];
            System.arraycopy(columnNames, 0, names, 0, columnNames.length);
            for (int i = columnNames.length; i < names.length; i++) {
                names[i] = CellReference.convertNumToColString(i);
            }
            columnNames = names;
        }
        return columnNames[column];
    }
}
