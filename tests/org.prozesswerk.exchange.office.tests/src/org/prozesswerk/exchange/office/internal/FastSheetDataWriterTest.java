package org.prozesswerk.exchange.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StreamingWorkbook} (with {@link FastSheetDataWriter}) writes the same workbook XML as POI's own
 * {@link SXSSFWorkbook}: every part byte for byte, except the creation time in {@code docProps/core.xml}. The content
 * covers every escaping rule, numbers, dates, blanks, gaps, columns past Z, rows beyond the row window, and the
 * rows that go to POI's own writer (formula, boolean, error cells; a row with a height).
 */
class FastSheetDataWriterTest {

    private static final String[] TEXTS = { "plain", " leading blank", "trailing tab\t", "", "<a & b> \"q\" 'apos'",
            "line 1\nline 2\r\nline 3", "\u00A0no-break", "control \u0001\u001f\u0000 end", "\uFFFE\uFFFF\uFFFD",
            "emoji \uD83D\uDE00 pair", "lone \uD800 high", "lone \uDC00 low", "Straße – Maß, Übergröße €",
            "x".repeat(5000) };

    private static final double[] NUMBERS = { 0, 1200, 17.5, -3.25, 1e20, 1.0E-5, 123456789.123, Double.NaN,
            Double.POSITIVE_INFINITY };

    @TempDir
    Path folder;

    @Test
    void sameXmlAsPoisOwnWriter() throws IOException {
        Map<String, String> expected = parts(write(new SXSSFWorkbook(100), folder.resolve("poi.xlsx")));
        Map<String, String> actual = parts(write(new StreamingWorkbook(100), folder.resolve("fast.xlsx")));
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(actual.get("xl/worksheets/sheet1.xml").contains("<row r=\"700\">"), "all rows written");
        for (String name : expected.keySet()) {
            if (!name.equals("docProps/core.xml")) {
                assertSame(name, expected.get(name), actual.get(name));
            }
        }
    }

    /** Equal texts, or a failure showing where they first differ (sheets are megabytes long). */
    private static void assertSame(String name, String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i < n || expected.length() != actual.length()) {
            int from = Math.max(0, i - 60);
            assertEquals(expected.substring(from, Math.min(expected.length(), i + 60)),
                    actual.substring(from, Math.min(actual.length(), i + 60)), name + " differs at " + i);
        }
    }

    private static Path write(SXSSFWorkbook workbook, Path file) throws IOException {
        try (workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = workbook.createSheet("Test");
            Sheet second = workbook.createSheet("Second");
            for (int r = 0; r < 700; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 40; c++) {
                    if ((r + c) % 7 == 3) {
                        continue; // a gap
                    }
                    Cell cell = row.createCell(c);
                    switch ((r * 40 + c) % 5) {
                        case 0, 1 -> cell.setCellValue(TEXTS[(r + c) % TEXTS.length]);
                        case 2 -> cell.setCellValue(NUMBERS[(r + c) % (NUMBERS.length - 2)]);
                        case 3 -> cell.setCellValue(LocalDateTime.of(2024, 1 + r % 12, 1 + c % 28, r % 24, c, 7));
                        default -> {
                            // a blank cell with a style
                        }
                    }
                    if (c % 3 == 0) {
                        cell.setCellStyle(c % 2 == 0 ? style : date);
                    }
                }
                switch (r) {
                    case 10 -> row.createCell(41).setCellFormula("SUM(C11:D11)");
                    case 20 -> row.createCell(41).setCellValue(true);
                    case 30 -> row.createCell(41).setCellValue(Double.NaN);
                    case 40 -> row.createCell(41).setCellValue(Double.POSITIVE_INFINITY);
                    case 50 -> row.setHeightInPoints(30);
                    default -> {
                        // nothing special
                    }
                }
            }
            second.createRow(0).createCell(0).setCellValue("only one cell");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    /** The parts, read through the central directory (POI streams its entries with ZIP64 data descriptors). */
    private static Map<String, String> parts(Path file) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
