/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleSet;

/**
 * A standalone measurement (no JMH here; see docs/rules.md for the calls a JMH benchmark should make): rule checks
 * per second of the compiled default set on a register of 100,000 Steckbriefe, beside the same rules written by hand.
 * Prints the figures and writes them to {@code target/throughput.txt}. Asserts only a generous lower bound so that a
 * busy CI machine does not fail the build; the targets are in the report.
 */
class RuleThroughputTest {

    private static final int PROFILES = 100_000;
    private static final int ROUNDS = 5;

    @Test
    void checksPerSecondOnHundredThousandProfiles() throws IOException {
        ProcessRegister register = RandomRegisters.create(4711, PROFILES);
        ReferenceResolver resolver = ReferenceResolver.catalogues();
        RuleSet rules = DefaultRules.get().withResolver(resolver);

        long dslChecks = 0;
        long handChecks = 0;
        double dslBest = Double.MAX_VALUE;
        double handBest = Double.MAX_VALUE;
        long[] sink = new long[1];
        for (int round = 0; round < ROUNDS + 3; round++) { // 3 warm-up rounds
            long start = System.nanoTime();
            dslChecks = rules.validate(register, v -> sink[0]++);
            double dsl = (System.nanoTime() - start) / 1e9;

            HandWrittenRules hand = new HandWrittenRules(resolver);
            start = System.nanoTime();
            hand.validate(register, (rule, element) -> sink[0]++);
            double handSeconds = (System.nanoTime() - start) / 1e9;
            handChecks = hand.checks();
            if (round >= 3) {
                dslBest = Math.min(dslBest, dsl);
                handBest = Math.min(handBest, handSeconds);
            }
        }
        assertEquals(handChecks, dslChecks);
        double dslRate = dslChecks / dslBest;
        double handRate = handChecks / handBest;
        String report = String.format(Locale.ROOT,
                "[throughput] %d Steckbriefe, %d rules, %d checks per run, best of %d runs%n"
                        + "[throughput] DSL (compiled default set): %.3f s = %.2f million checks/s%n"
                        + "[throughput] hand-written Java:          %.3f s = %.2f million checks/s%n"
                        + "[throughput] DSL / hand-written = %.2f%n",
                PROFILES, rules.rules().size(), dslChecks, ROUNDS, dslBest, dslRate / 1e6, handBest, handRate / 1e6,
                dslRate / handRate);
        System.out.print(report);
        String target = System.getProperty("prozesswerk.throughput.report");
        if (target != null) {
            Files.writeString(Path.of(target), report);
        }
        assertTrue(sink[0] > 0);
        assertTrue(dslRate > 500_000, report);
    }
}
