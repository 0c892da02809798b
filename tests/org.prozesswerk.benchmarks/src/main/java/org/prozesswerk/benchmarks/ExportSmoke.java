package org.prozesswerk.benchmarks;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The build's smoke run of {@link ExportBenchmark} (separate from {@link Smoke} so that each benchmark family owns
 * its smoke): every export at 1,000 Steckbriefe, one short measurement. It proves the exporters run outside OSGi
 * with the shaded class path (POI, NLS texts, progress monitors) and, through the benchmark's tear-down check, that
 * the files are complete. The numbers it prints mean nothing.
 */
public final class ExportSmoke {

    private ExportSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder()
                .include("ExportBenchmark\\.(csv|xlsx|json|jsonCompact)$")
                .param("steckbriefe", "1000")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 4) {
            throw new IllegalStateException("expected 4 benchmark results, got " + results.size());
        }
    }
}
