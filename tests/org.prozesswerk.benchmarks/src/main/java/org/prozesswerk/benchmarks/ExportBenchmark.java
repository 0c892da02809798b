package org.prozesswerk.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.json.JsonExporter;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.model.ProcessRegister;

/**
 * Export of a whole register to CSV, XLSX and JSON (issue #7; targets at 100,000 Steckbriefe: CSV ≤ 2 s, XLSX ≤ 10 s,
 * JSON ≤ 2 s). The register is generated once per trial; each operation is one export with default options, as the
 * CLI and the export wizard run it: a new exporter, a {@link BufferedOutputStream} of 64 KiB over a real file in a
 * temporary directory (the targets are about producing the file, so writing it counts; the page cache absorbs it).
 * The file size is printed at the end of the trial and checked against the number of Steckbriefe. At 100,000
 * Steckbriefe one operation takes seconds, so an iteration is one or a few operations: three warm-up iterations let
 * the JIT finish with the large exporter methods, five measured ones give a usable mean.
 */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExportBenchmark extends BenchmarkDefaults {

    @Param({ "1000", "10000", "100000" })
    public int steckbriefe;

    private ExportRequest request;
    private ExportRequest compact;
    private Path dir;
    private Path written;
    private ExchangeReport lastReport;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ProcessRegister register = BenchmarkRegisters.generate(steckbriefe);
        request = ExportRequest.of(register);
        compact = request.withOptions(Map.of(JsonExporter.OPTION_INDENT, "false"));
        dir = Files.createTempDirectory("prozesswerk-export-bench-");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try {
            if (written != null) {
                long size = Files.size(written);
                System.out.printf("%n%s: %,d bytes for %,d Steckbriefe%n", written.getFileName(), size, steckbriefe);
                // A benchmark that silently exported nothing would report a fine time.
                if (lastReport == null || lastReport.profiles() != steckbriefe || size < steckbriefe * 100L) {
                    throw new IllegalStateException("export incomplete: " + size + " bytes, "
                            + (lastReport == null ? 0 : lastReport.profiles()) + " Steckbriefe reported");
                }
            }
        } finally {
            BenchmarkRegisters.delete(dir);
        }
    }

    @Benchmark
    public ExchangeReport csv() throws Exception {
        return export(new CsvExporter(), request, "register.csv");
    }

    @Benchmark
    public ExchangeReport xlsx() throws Exception {
        return export(new XlsxExporter(), request, "register.xlsx");
    }

    /** JSON with the default {@code indent=true}. */
    @Benchmark
    public ExchangeReport json() throws Exception {
        return export(new JsonExporter(), request, "register.json");
    }

    /** JSON on one line ({@code indent=false}). */
    @Benchmark
    public ExchangeReport jsonCompact() throws Exception {
        return export(new JsonExporter(), compact, "register-compact.json");
    }

    private ExchangeReport export(Exporter exporter, ExportRequest exportRequest, String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        ExchangeReport report;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            report = exporter.export(exportRequest, out, new NullProgressMonitor());
        }
        written = file;
        lastReport = report;
        return report;
    }
}
