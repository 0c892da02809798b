package org.prozesswerk.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Timeout;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.model.ProzesswerkFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** XProzess 2.0 messages (XProzessImporter, `import xprozess`), BPMN models inside as base64 ZIPs included. */
class XProzessFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void importMessage(byte[] input) throws Exception {
        Path file = Readers.file("fuzz.xml", input);
        Readers.expect("fuzz.xml", () -> new XProzessImporter().importInto(
                new ImportRequest(file, ProzesswerkFactory.eINSTANCE.createProcessRegister(),
                        Readers.scratch().resolve("register.pwreg"), Map.of()),
                new NullProgressMonitor()), ExchangeException.class, IOException.class);
    }
}
