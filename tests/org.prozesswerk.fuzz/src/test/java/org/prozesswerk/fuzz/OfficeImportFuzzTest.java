package org.prozesswerk.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Timeout;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.XlsxImporter;
import org.prozesswerk.model.ProzesswerkFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Steckbrief tables: CSV and XLSX import (`import csv|xlsx`, the import wizard). */
class OfficeImportFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void csv(byte[] input) throws Exception {
        Path file = Readers.file("fuzz.csv", input);
        Readers.expect("fuzz.csv", () -> new CsvImporter().importInto(
                new ImportRequest(file, ProzesswerkFactory.eINSTANCE.createProcessRegister(), null, Map.of()),
                new NullProgressMonitor()), ExchangeException.class, IOException.class);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void xlsx(byte[] input) throws Exception {
        Path file = Readers.file("fuzz.xlsx", input);
        Readers.expect("fuzz.xlsx", () -> new XlsxImporter().importInto(
                new ImportRequest(file, ProzesswerkFactory.eINSTANCE.createProcessRegister(), null, Map.of()),
                new NullProgressMonitor()), ExchangeException.class, IOException.class);
    }
}
