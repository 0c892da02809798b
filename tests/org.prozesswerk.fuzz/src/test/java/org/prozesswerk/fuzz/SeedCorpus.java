package org.prozesswerk.fuzz;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.ProcessRegister;

/**
 * Writes the generated seeds of the corpus (a register with every feature set, as XMI, binary, CSV and XLSX) into
 * src/test/resources; run by run-fuzz.sh --seeds. The hand-made and real seeds are committed as they are.
 */
public final class SeedCorpus {

    private SeedCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/prozesswerk/fuzz");
        ProcessRegister register = ExchangeFixtures.rich();
        write(resources.resolve("RegisterFuzzTestInputs/xmi/rich.pwreg"),
                RegisterStore.toBytes(register, RegisterFormat.XMI));
        write(resources.resolve("RegisterFuzzTestInputs/binary/rich.pwregb"),
                RegisterStore.toBytes(register, RegisterFormat.BINARY));
        Path csv = resources.resolve("OfficeImportFuzzTestInputs/csv/rich.csv");
        Files.createDirectories(csv.getParent());
        try (OutputStream out = Files.newOutputStream(csv)) {
            new CsvExporter().export(ExportRequest.of(register, null, Map.of()), out, new NullProgressMonitor());
        }
        Path xlsx = resources.resolve("OfficeImportFuzzTestInputs/xlsx/rich.xlsx");
        Files.createDirectories(xlsx.getParent());
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new XlsxExporter().export(ExportRequest.of(register, null, Map.of()), out, new NullProgressMonitor());
        }
    }

    private static void write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
