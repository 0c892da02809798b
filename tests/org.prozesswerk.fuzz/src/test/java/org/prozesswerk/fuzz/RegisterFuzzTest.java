package org.prozesswerk.fuzz;

import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Process registers: XMI ({@code .pwreg}) and EMF binary ({@code .pwregb}), as RegisterStore.load reads them. */
class RegisterFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void xmi(byte[] input) throws Exception {
        Path file = Readers.file("fuzz.pwreg", input);
        Readers.expect("fuzz.pwreg", () -> RegisterStore.load(file), RegisterLoadException.class);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void binary(byte[] input) throws Exception {
        Path file = Readers.file("fuzz.pwregb", input);
        Readers.expect("fuzz.pwregb", () -> RegisterStore.load(file), RegisterLoadException.class);
    }
}
