package org.prozesswerk.exchange.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.json.JsonExporter;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.ProcessRegister;

/**
 * One measurement of the three bulk exports on a register of 100,000 Steckbriefe, the calls a JMH benchmark makes
 * (docs/exchange.md, "Performance"). Not a benchmark: one warm-up run, one timed run; the bounds are loose (five
 * times the targets CSV ≤ 2 s, XLSX ≤ 10 s, JSON ≤ 2 s) so that a slow CI machine does not fail, and the times are
 * printed for the record.
 */
class LargeExportTimingTest {

    private static final int STECKBRIEFE = 100_000;

    @TempDir
    Path folder;

    @Test
    void export100kRegister() throws Exception {
        ProcessRegister register = ExchangeFixtures.large(STECKBRIEFE);
        ExportRequest request = ExportRequest.of(register, null, Map.of());
        long csv = time(new CsvExporter(), request, "csv");
        long xlsx = time(new XlsxExporter(), request, "xlsx");
        long json = time(new JsonExporter(), request, "json");
        time(new JsonExporter(), request.withOptions(Map.of("indent", "false")), "compact.json");
        System.out.printf("export of %,d Steckbriefe: CSV %d ms, XLSX %d ms, JSON %d ms%n", STECKBRIEFE, csv, xlsx, json);
        assertTrue(csv < 10_000, "CSV " + csv + " ms");
        assertTrue(xlsx < 50_000, "XLSX " + xlsx + " ms");
        assertTrue(json < 10_000, "JSON " + json + " ms");
    }

    private long time(Exporter exporter, ExportRequest request, String extension) throws Exception {
        Path file = folder.resolve("large." + extension);
        run(exporter, request, file); // warm-up
        long start = System.nanoTime();
        run(exporter, request, file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("  %s: %d ms, %,d bytes%n", extension, millis, Files.size(file));
        return millis;
    }

    private static void run(Exporter exporter, ExportRequest request, Path file) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            exporter.export(request, out, new NullProgressMonitor());
        }
    }
}
