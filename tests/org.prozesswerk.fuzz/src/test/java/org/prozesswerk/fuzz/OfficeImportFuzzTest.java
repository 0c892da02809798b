package org.prozesswerk.fuzz;

import org.junit.jupiter.api.Timeout;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.XlsxImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Steckbrief tables: CSV and XLSX import (`import csv|xlsx`, the import wizard). */
class OfficeImportFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void csv(byte[] input) throws Exception {
        Readers.expectImport(new CsvImporter(), "fuzz.csv", input, null);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void xlsx(byte[] input) throws Exception {
        Readers.expectImport(new XlsxImporter(), "fuzz.xlsx", input, null);
    }
}
