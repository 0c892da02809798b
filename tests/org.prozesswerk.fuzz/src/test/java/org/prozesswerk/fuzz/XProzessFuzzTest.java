package org.prozesswerk.fuzz;

import org.junit.jupiter.api.Timeout;
import org.prozesswerk.exchange.xprozess.XProzessImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** XProzess 2.0 messages (XProzessImporter, `import xprozess`), BPMN models inside as base64 ZIPs included. */
class XProzessFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void importMessage(byte[] input) throws Exception {
        Readers.expectImport(new XProzessImporter(), "fuzz.xml", input, Readers.scratch().resolve("register.pwreg"));
    }
}
