package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;

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
}
