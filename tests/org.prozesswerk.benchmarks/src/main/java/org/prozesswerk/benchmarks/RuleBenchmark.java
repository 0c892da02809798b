package org.prozesswerk.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.tests.support.HandWrittenRules;

/**
 * Rule checks per second (issue #6): the compiled default rule set ({@code Musterprozessregister-Qualität}, 27 rules)
 * over a whole register, beside the same rules written by hand in Java ({@link HandWrittenRules}). A check is one rule
 * applied to one element it is declared for (18 rules per Steckbrief, 2 per folder and org unit, 1 for the register);
 * both count them the same way.
 * <p>
 * One operation is one validation of the whole register. The secondary result {@code checks} (an {@link AuxCounters}
 * counter) is the number of checks made, so JMH prints it as <b>checks/s</b> directly; {@code cpu} (from
 * {@link CpuTimeProfiler}) is the CPU time per validation. Violations go to a counting sink: their messages and
 * element paths are built lazily and are not part of a check. The set-up loads and compiles the rule set once (as the
 * workbench does) and verifies that the DSL and the hand-written rules report exactly the same violations on the
 * benchmark register. See {@link RuleBenchmarkSupport#register} for the two registers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RuleBenchmark extends BenchmarkDefaults {

    @Param({ "synthetic", "random" })
    public String register;

    @Param({ "100000" })
    public int steckbriefe;

    private ProcessRegister processRegister;
    private ReferenceResolver resolver;
    private RuleSet rules;

    /** Checks made, per benchmark thread; JMH reports it as a rate (checks/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Checks {
        public long checks;
    }

    @Setup(Level.Trial)
    public void setUp() {
        CatalogueRegistry catalogues = RuleBenchmarkSupport.catalogues();
        resolver = ReferenceResolver.of(catalogues);
        rules = RuleBenchmarkSupport.defaultRules(resolver);
        processRegister = RuleBenchmarkSupport.register(register, steckbriefe, catalogues);
        long violations = RuleBenchmarkSupport.checkEquivalence(processRegister, rules, resolver);
        System.out.printf("%n[rules] register %s: %d Steckbriefe, %d rules, %d violations, DSL = hand-written%n",
                register, steckbriefe, rules.rules().size(), violations);
    }

    @Benchmark
    public long dsl(Checks counter) {
        long[] violations = new long[1];
        long checks = rules.validate(processRegister, violation -> violations[0]++);
        counter.checks += checks;
        return checks + violations[0];
    }

    @Benchmark
    public long handWritten(Checks counter) {
        long[] violations = new long[1];
        HandWrittenRules hand = new HandWrittenRules(resolver);
        hand.validate(processRegister, (rule, element) -> violations[0]++);
        counter.checks += hand.checks();
        return hand.checks() + violations[0];
    }
}
