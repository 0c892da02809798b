package org.prozesswerk.benchmarks;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
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
        Options options = new OptionsBuilder()
                .include("PersistenceBenchmark\\.(xmiLoad|saxParse)$")
                .include("QueryBenchmark\\.folder$")
                .include("IndexBuildBenchmark\\.editWithIndex$")
                .include("StatisticsBenchmark\\.compute$")
                .param("steckbriefe", "1000")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 5) {
            throw new IllegalStateException("expected 5 benchmark results, got " + results.size());
        }
        // The rule benchmark in its own run: both registers, so the DSL/hand-written equivalence check of its set-up
        // also runs on the violation-heavy random register.
        Options rules = new OptionsBuilder()
                .include("RuleBenchmark\\.(dsl|handWritten)$")
                .param("steckbriefe", "1000")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> ruleResults = new Runner(rules).run();
        if (ruleResults.size() != 4) {
            throw new IllegalStateException("expected 4 rule benchmark results, got " + ruleResults.size());
        }
        // The catalogue benchmark: the real LeiKa, one search text.
        Options catalogue = new OptionsBuilder()
                .include("CatalogueBenchmark\\.(loadAndIndex|search|keyPrefix)$")
                .param("text", "Genehmigung")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> catalogueResults = new Runner(catalogue).run();
        if (catalogueResults.size() != 3) {
            throw new IllegalStateException("expected 3 catalogue benchmark results, got " + catalogueResults.size());
        }
        MemoryFootprint.main(new String[] { "1000" });
    }
}
