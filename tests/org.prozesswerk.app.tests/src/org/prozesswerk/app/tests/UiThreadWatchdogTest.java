package org.prozesswerk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.prozesswerk.app.internal.UiThreadWatchdog;
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
        Files.createDirectories(report.getParent());
        System.setProperty(UiThreadWatchdog.PROPERTY, report.toString());
        UiThreadWatchdog watchdog;
        try {
            watchdog = UiThreadWatchdog.startIfRequested(Display.getCurrent());
        } finally {
            System.clearProperty(UiThreadWatchdog.PROPERTY);
        }
        assertNotNull(watchdog);
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
}
