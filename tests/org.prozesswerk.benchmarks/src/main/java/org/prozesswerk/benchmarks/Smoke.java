package org.prozesswerk.benchmarks;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark smoke test of the normal build: one benchmark of each kind at the smallest size, one short
 * measurement, and the memory probe, so that set-up code and benchmark methods cannot rot unnoticed. The numbers
 * it prints mean nothing.
 */
public final class Smoke {

    private Smoke() {
    }

    public static void main(String[] args) throws Exception {
        Options options = smokeOptions().include("PersistenceBenchmark\\.(xmiLoad|saxParse)$")
                .include("QueryBenchmark\\.folder$")
                .include("IndexBuildBenchmark\\.editWithIndex$")
                .include("StatisticsBenchmark\\.compute$")
                .param("steckbriefe", "1000")
                .build();
        expect(5, new Runner(options).run());
        // The rule benchmark in its own run: both registers, so the DSL/hand-written equivalence check of its set-up
        // also runs on the violation-heavy random register.
        run("RuleBenchmark\\.(dsl|handWritten)$", "steckbriefe", "1000", 4);
        // The catalogue benchmark: the real LeiKa, one search text.
        run("CatalogueBenchmark\\.(loadAndIndex|search|keyPrefix)$", "text", "Genehmigung", 3);
        MemoryFootprint.main(new String[] { "1000" });
    }

    /** Runs the benchmarks matching {@code include} once, briefly, and fails unless there are {@code expected} results. */
    static void run(String include, String parameter, String value, int expected) throws Exception {
        expect(expected, new Runner(smokeOptions().include(include).param(parameter, value).build()).run());
    }

    private static ChainedOptionsBuilder smokeOptions() {
        return new OptionsBuilder()
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true);
    }

    private static void expect(int expected, Collection<RunResult> results) {
        if (results.size() != expected) {
            throw new IllegalStateException("expected " + expected + " benchmark results, got " + results.size());
        }
    }
}
