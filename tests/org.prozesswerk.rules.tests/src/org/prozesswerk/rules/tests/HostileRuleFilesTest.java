package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.Violation;

/** Rule files are outside data: they cannot make the loader fetch anything, overflow its stack or crash it. */
class HostileRuleFilesTest {

    private static final String HEAD = "regelwerk \"Test\"\n";

    @TempDir
    Path dir;

    private RuleSetLoad load(String text) {
        return RuleSetLoader.loadText(URI.createFileURI(dir.resolve("feindlich.pwrules").toString()), text,
                reference -> true);
    }

    @Test
    @Timeout(300)
    void deeplyNestedBracketsAreAProblemNotAStackOverflow() {
        // deep enough to overflow the parser's recursion on a default stack; read or refused, never an Error
        int depth = 10_000;
        RuleSetLoad load = load(HEAD + "bedingung Tief für Steckbrief:\n    " + "(".repeat(depth) + "status >= 1"
                + ")".repeat(depth) + "\n");
        for (RuleProblem problem : load.problems()) {
            assertTrue(problem.file().toString().endsWith("feindlich.pwrules"), problem.toString());
        }
    }

    @Test
    @Timeout(60)
    void importsFromTheNetworkAreNeverFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            RuleSetLoad load = load(HEAD + "importiere \"http://127.0.0.1:" + server.getLocalPort()
                    + "/regeln.pwrules\"\n");
            try {
                server.accept().close();
                fail("the loader connected to " + server.getLocalPort());
            } catch (SocketTimeoutException expected) {
                // nothing fetched
            }
            assertTrue(load.problems().stream().allMatch(p -> p.file() != null), load.problems().toString());
        }
    }

    @Test
    void anImportOfAFileThatIsNotRulesIsAProblemOfTheImport() {
        RuleSetLoad load = load(HEAD + "importiere \"%%%:/\\u0000\"\nimportiere \"../../../../etc/hostname\"\n");
        assertTrue(load.problems().stream().allMatch(p -> p.file() != null), load.problems().toString());
        assertEquals(true, load.problems().stream().noneMatch(p -> p.message() == null), load.problems().toString());
    }

    @Test
    void aPatternThatBacktracksWithoutEndIsReportedForEachSteckbriefInsteadOfHanging() {
        // "((.*)*)*!" backtracks exponentially on any text without "!": unbounded, one Steckbrief name takes longer
        // than the age of the universe
        RuleSet rules = load(HEAD + "regel RX-1 \"Muster aus fremder Datei\"\n    für Steckbrief\n"
                + "    schweregrad warnung\n    prüfe name passt zu \"((.*)*)*!\"\n    meldung \"{name}\"\n")
                .orElseThrow();
        Registers r = Registers.clean();
        List<Violation> violations = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> rules.validate(r.register).violations());
        assertEquals(2, violations.size(), violations.toString());
        for (Violation violation : violations) {
            assertEquals("RX-1", violation.ruleId());
            assertTrue(violation.message().contains("((.*)*)*!"), violation.message());
            assertTrue(violation.path().contains("Steckbrief PW-"), violation.path());
        }
        // a harmless pattern on the same texts is still evaluated normally
        RuleSet harmless = load(HEAD + "regel RX-2 \"Muster\"\n    für Steckbrief\n    schweregrad warnung\n"
                + "    prüfe name passt zu \"(.*)!\"\n    meldung \"{name}\"\n").orElseThrow();
        List<Violation> plain = harmless.validate(r.register).violations();
        assertEquals(2, plain.size(), plain.toString());
        assertTrue(plain.stream().noneMatch(v -> v.message().contains("!")), plain.toString());
    }
}
