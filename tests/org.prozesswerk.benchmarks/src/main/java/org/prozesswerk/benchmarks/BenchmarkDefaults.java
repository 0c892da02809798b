package org.prozesswerk.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings the register benchmarks share, in one place: one benchmark-wide state, average time in
 * milliseconds, one fork with a fixed 3 GiB heap, two warm-up and three measured iterations of three seconds. JMH's
 * annotations are inherited, so a benchmark extends this class and states only the settings in which it differs
 * (as in JMH's own sample 24, "inheritance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g" })
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
abstract class BenchmarkDefaults {
}
