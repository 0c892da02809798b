package org.prozesswerk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.TerminalSafeWriter;
import org.prozesswerk.tests.support.InProcessCli;

/** Issue 18: an Error is never success, no stack trace for the user, no control character reaches the terminal. */
class FailureHandlingTest {

    private final InProcessCli cli = new InProcessCli();

    @Test
    void outOfMemoryExitsTwoWithOneClearLine() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("erschoepfen", "memory"));
        String message = cli.err();
        assertTrue(message.startsWith("prozesswerk erschoepfen: "), message);
        assertTrue(message.contains("Java") && message.contains("MiB") && message.contains("-Xmx"), message);
        assertEquals(1, message.strip().lines().count(), message);
    }

    @Test
    void stackOverflowExitsTwo() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("erschoepfen", "stack"));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }

    @Test
    void anInternalErrorShowsNoStackTraceAndNoControlCharacters() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("erschoepfen", "runtime"));
        String message = cli.err();
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertFalse(message.contains("\u001b") || message.contains("\u0007") || message.contains("\u0000"), message);
        assertTrue(message.contains("\\u001B]0;Titel\\u0007"), "escaped visibly: " + message);
        assertTrue(message.contains("PROZESSWERK_DEBUG"), message);
    }

    @Test
    void terminalSafeWriterEscapesControlsButKeepsLinesAndTabs() {
        assertEquals("a\tb\nc\\u001B[31m\\u0007\\u0000\\u000D\\u009B\\u007Fü€",
                TerminalSafeWriter.escape("a\tb\nc\u001b[31m\u0007\u0000\r\u009b\u007fü€"));
        StringWriter target = new StringWriter();
        try (PrintWriter writer = new PrintWriter(new TerminalSafeWriter(target))) {
            writer.print('\u001b');
            writer.print("x\u0007".toCharArray());
        }
        assertEquals("\\u001Bx\\u0007", target.toString());
    }
}
