package org.prozesswerk.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz test in fuzzing mode for a fixed number of executions:
 * {@code java -DJAZZER_FUZZ=1 -cp ... org.prozesswerk.fuzz.FuzzMain BpmnFuzzTest#load 1000000}. libFuzzer prints
 * its statistics (executions, coverage, corpus) to stderr; a finding is written to the test's Inputs folder under
 * src/test/resources and fails the run (exit 1). Without {@code -DJAZZER_FUZZ=1} (and with a class instead of a
 * method) it runs the tests once as the build does: fuzz tests in regression mode on their corpus.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    /** {@code Class#method} without parameter types: the fuzz test methods have unique names. */
    private static org.junit.platform.engine.discovery.MethodSelector method(String selector)
            throws ClassNotFoundException {
        String[] parts = selector.split("#", 2);
        Class<?> type = Class.forName(parts[0]);
        for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(parts[1])) {
                return selectMethod(type, method);
            }
        }
        throw new IllegalArgumentException("no method " + parts[1] + " in " + parts[0]);
    }

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length < 1) {
            System.err.println("usage: FuzzMain <Class#method> [executions] [max seconds]");
            System.exit(2);
        }
        String selector = args[0].contains(".") ? args[0] : FuzzMain.class.getPackageName() + "." + args[0];
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector.contains("#") ? method(selector) : selectClass(selector))
                // libFuzzer arguments: argv0, then ours; they come after (and win over) the annotation's
                .configurationParameter("jazzer.internal.arg.0", "fuzz")
                .configurationParameter("jazzer.internal.basedir", System.getProperty("user.dir"))
                // Coverage feedback from our readers: by default Jazzer instruments only class-path folders, and
                // the readers come as bundle jars. Libraries (EMF, POI, Xerces) are left out for speed.
                .configurationParameter("jazzer.instrument", System.getProperty("fuzz.instrument", "org.prozesswerk.**"));
        if (System.getProperty("JAZZER_FUZZ") != null || System.getenv("JAZZER_FUZZ") != null) {
            // In fuzzing mode the whole campaign is one invocation of the test: JUnit's @Timeout would fail it at
            // the end. Jazzer has already turned the annotation into libFuzzer's per-input -timeout.
            request.configurationParameter("junit.jupiter.execution.timeout.mode", "disabled");
        }
        int next = 1;
        if (args.length > 1) {
            request.configurationParameter("jazzer.internal.arg." + next++, "-runs=" + Long.parseLong(args[1]));
        }
        if (args.length > 2) {
            request.configurationParameter("jazzer.internal.arg." + next++,
                    "-max_total_time=" + Long.parseLong(args[2]));
        }
        // Inputs beyond this length make each execution slower without reaching new code of these readers (their
        // size limits are tested by BadInputTest); libFuzzer's default grows to the largest seed.
        if (System.getProperty("JAZZER_FUZZ") != null || System.getenv("JAZZER_FUZZ") != null) {
            request.configurationParameter("jazzer.internal.arg." + next++,
                    "-max_len=" + Integer.getInteger("fuzz.maxLen", 4096));
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(discovery, summary);
        TestExecutionSummary result = summary.getSummary();
        result.printTo(new java.io.PrintWriter(System.out));
        result.printFailuresTo(new java.io.PrintWriter(System.out), 40);
        System.exit(result.getTotalFailureCount() == 0 && result.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
