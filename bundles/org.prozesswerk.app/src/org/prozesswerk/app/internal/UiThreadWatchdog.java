package org.prozesswerk.app.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Measures how long the UI thread is blocked (issue 19: it should never be blocked longer than 100 ms). A daemon
 * thread posts a heartbeat to the display every {@link #PERIOD_MILLIS} ms and waits until the UI thread has run it;
 * the time from posting to running is how long the UI thread was busy with other work. Off unless the launch sets
 * {@code -Dprozesswerk.uiWatchdog=FILE} (the cold-start harness, tests): then the longest block and every block of
 * at least {@link #REPORT_THRESHOLD_MILLIS} ms are written to FILE when the workbench ends, also when the process is
 * ended by a signal.
 *
 * <p>Report format, one item per line: {@code heartbeats N}, {@code longest MILLIS}, then
 * {@code block UPTIME_MILLIS MILLIS} per block (JVM uptime when the heartbeat was posted), then
 * {@code shown UPTIME_MILLIS FILE} per register that was opened, once the UI thread has run past the navigator's
 * refresh for it. The report is also rewritten at each such line, so that the harness can wait for a register.
 */
public final class UiThreadWatchdog {

    /** System property naming the report file. */
    public static final String PROPERTY = "prozesswerk.uiWatchdog";
    static final long PERIOD_MILLIS = 10;
    static final long REPORT_THRESHOLD_MILLIS = 50;

    private final Display display;
    private final Path report;
    private final long startNanos = System.nanoTime();
    private final long startUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    private final List<long[]> blocks = new ArrayList<>(); // guarded by this
    private final List<String> shown = new ArrayList<>(); // guarded by this
    private final List<RegisterDocument> seen = new ArrayList<>(); // UI thread only
    private final RegisterDocuments.Listener documentsListener = this::documentsChanged;
    private long heartbeats; // guarded by this
    private long longestMillis; // guarded by this
    private volatile boolean running = true;

    UiThreadWatchdog(Display display, Path report) {
        this.display = display;
        this.report = report;
    }

    /** Starts a watchdog on {@code display} when the launch asked for one; {@code null} otherwise. */
    public static UiThreadWatchdog startIfRequested(Display display) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return null;
        }
        UiThreadWatchdog watchdog = new UiThreadWatchdog(display, Path.of(file));
        watchdog.start();
        return watchdog;
    }

    void start() {
        Thread heartbeat = new Thread(this::beat, "Prozesswerk UI-thread watchdog");
        heartbeat.setDaemon(true);
        heartbeat.start();
        RegisterDocuments.getDefault().addListener(documentsListener);
        // Not again after stop(): at exit the write would race AtomicFileWriter's own hook removing temporary files.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (running) {
                writeReport();
            }
        }, "Prozesswerk UI-thread watchdog report"));
    }

    /** Stops the heartbeats and writes the report. */
    public void stop() {
        running = false;
        RegisterDocuments.getDefault().removeListener(documentsListener);
        writeReport();
    }

    /** The longest time, in ms, the UI thread took to run a heartbeat so far. */
    public synchronized long longestMillis() {
        return longestMillis;
    }

    private void beat() {
        while (running && !display.isDisposed()) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            try {
                display.asyncExec(() -> {
                    record(posted, System.nanoTime());
                    ran.countDown();
                });
                // A disposed display never runs the heartbeat: look again now and then.
                while (running && !ran.await(1, TimeUnit.SECONDS)) {
                    if (display.isDisposed()) {
                        return;
                    }
                }
                Thread.sleep(PERIOD_MILLIS);
            } catch (SWTException e) {
                return; // display disposed between the check and the post
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** In the UI thread, right after a register was opened; the navigator refreshes in the same listener call. */
    private void documentsChanged() {
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            if (!seen.contains(document)) {
                seen.add(document);
                // posted after the navigator's own updates: runs once the UI thread is through with them
                display.asyncExec(() -> {
                    synchronized (this) {
                        shown.add("shown " + ManagementFactory.getRuntimeMXBean().getUptime() + " " + document.file());
                    }
                    writeReport();
                });
            }
        }
    }

    private synchronized void record(long postedNanos, long ranNanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(ranNanos - postedNanos);
        heartbeats++;
        longestMillis = Math.max(longestMillis, millis);
        if (millis >= REPORT_THRESHOLD_MILLIS) {
            blocks.add(new long[] { startUptimeMillis + TimeUnit.NANOSECONDS.toMillis(postedNanos - startNanos),
                    millis });
        }
    }

    private synchronized void writeReport() {
        try {
            AtomicFileWriter.write(report, out -> {
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.println("heartbeats " + heartbeats);
                writer.println("longest " + longestMillis);
                for (long[] block : blocks) {
                    writer.println("block " + block[0] + " " + block[1]);
                }
                shown.forEach(writer::println);
                writer.flush();
            });
        } catch (IOException e) {
            ILog.of(UiThreadWatchdog.class).error("UI-thread watchdog: cannot write " + report, e);
        }
    }
}
