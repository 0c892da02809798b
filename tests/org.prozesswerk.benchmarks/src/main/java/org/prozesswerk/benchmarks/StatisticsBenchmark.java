package org.prozesswerk.benchmarks;


import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.model.ProcessRegister;

/** {@link RegisterStatistics} over a whole register, and rendering the report as JSON. */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StatisticsBenchmark extends BenchmarkDefaults {

    @Param({ "1000", "10000", "100000" })
    public int steckbriefe;

    private ProcessRegister register;

    @Setup(Level.Trial)
    public void setUp() {
        register = BenchmarkRegisters.generate(steckbriefe);
    }

    @Benchmark
    public RegisterStatisticsReport compute() {
        return RegisterStatistics.compute(register);
    }

    @Benchmark
    public String computeAndJson() {
        return RegisterStatistics.compute(register).toJson();
    }
}
