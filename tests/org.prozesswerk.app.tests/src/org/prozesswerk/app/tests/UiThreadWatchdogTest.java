package org.prozesswerk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.prozesswerk.app.internal.UiThreadWatchdog;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.tests.support.EventLoop;

/** The UI-thread watchdog of issue 19 on the real display: off by default, and it sees a block of the UI thread. */
class UiThreadWatchdogTest {

    private static final long BLOCK_MILLIS = 400;

    @Test
    void isOffUnlessTheLaunchAsksForIt() {
        System.clearProperty(UiThreadWatchdog.PROPERTY);
        assertNull(UiThreadWatchdog.startIfRequested(Display.getCurrent()));
    }

    @Test
    void reportsTheLongestBlockOfTheUiThread() throws Exception {
        Path report = Path.of("target", "ui-watchdog", "report.txt").toAbsolutePath();
        UiThreadWatchdog watchdog = start(report);
        EventLoop.waitFor(() -> false, 300); // heartbeats come and go while the loop turns

        Thread.sleep(BLOCK_MILLIS); // this test runs on the UI thread: it is blocked now
        // The heartbeat posted when the block began ran only after it; under load it may have been posted a little
        // later, hence half the block as the lower bound.
        EventLoop.waitUntil("the watchdog to see the block",
                () -> watchdog.longestMillis() >= BLOCK_MILLIS / 2, Duration.ofSeconds(10));
        watchdog.stop();

        List<String> lines = Files.readAllLines(report);
        assertTrue(lines.get(0).matches("heartbeats \\d+") && Long.parseLong(lines.get(0).substring(11)) > 1,
                "heartbeats: " + lines);
        assertEquals("longest " + watchdog.longestMillis(), lines.get(1));
        assertTrue(lines.stream().skip(2).anyMatch(line -> line.matches("block \\d+ \\d+")
                && Long.parseLong(line.split(" ")[2]) >= BLOCK_MILLIS / 2), "no block line of the block: " + lines);
    }

    /** The cold-start harness waits for these lines: a register opened is reported once the navigator has it. */
    @Test
    void reportsWhenARegisterIsShown() throws Exception {
        Path report = Path.of("target", "ui-watchdog", "shown.txt").toAbsolutePath();
        Files.deleteIfExists(report);
        Path file = MusterRegister.ensureDemoRegister(Files.createTempDirectory("watchdog"));
        UiThreadWatchdog watchdog = start(report);
        RegisterDocument document = RegisterDocuments.getDefault().open(file);
        try {
            EventLoop.waitUntil("the report to name the opened register",
                    () -> shownLines(report).stream().anyMatch(line -> line.endsWith(" " + file)),
                    Duration.ofSeconds(10));
        } finally {
            watchdog.stop();
            RegisterDocuments.getDefault().close(document);
        }
        List<String> shown = shownLines(report).stream().filter(line -> line.endsWith(" " + file)).toList();
        assertEquals(1, shown.size(), "one line per opened register: " + shown);
        assertTrue(shown.get(0).matches("shown \\d+ .*"), shown.get(0));
    }

    private static UiThreadWatchdog start(Path report) throws Exception {
        Files.createDirectories(report.getParent());
        System.setProperty(UiThreadWatchdog.PROPERTY, report.toString());
        try {
            UiThreadWatchdog watchdog = UiThreadWatchdog.startIfRequested(Display.getCurrent());
            assertNotNull(watchdog);
            return watchdog;
        } finally {
            System.clearProperty(UiThreadWatchdog.PROPERTY);
        }
    }

    private static List<String> shownLines(Path report) {
        try {
            return Files.readAllLines(report).stream().filter(line -> line.startsWith("shown ")).toList();
        } catch (IOException e) {
            return List.of(); // not written yet
        }
    }
}
