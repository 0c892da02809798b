package org.prozesswerk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds the secondary result {@code cpu}: CPU time of the benchmark JVM (all its threads, so GC and JIT included)
 * per operation, in the benchmark's time unit. On a machine shared with other work the wall-clock score grows with
 * the load while the CPU time stays close to the work done, so comparisons between benchmarks (the target ratios)
 * use it. Single-threaded benchmarks only: for them CPU time ≈ wall time on an idle machine.
 * <p>
 * Use: {@code -prof org.prozesswerk.benchmarks.CpuTimeProfiler} (run-benchmarks.sh adds it).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "Process CPU time per operation (GC and JIT included)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = processCpuNanos() - cpuAtStart;
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double perOp = (double) cpu / ops / TimeUnit.NANOSECONDS.convert(1, unit);
        return List.of(new ScalarResult("cpu", perOp, shortName(unit) + "/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String shortName(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            default -> unit.name().toLowerCase();
        };
    }
}
