package org.prozesswerk.fuzz;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Timeout;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code .pwrules} files (RuleSetLoader, as `validate --rules` and the workbench read them). The loader reports
 * problems instead of throwing: each must name the file and a line.
 */
class RulesFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void parse(byte[] input) throws java.io.IOException {
        // through a file, as `validate --rules` reads it: the bytes meet the loader's own decoding
        URI file = URI.createFileURI(Readers.file("fuzz.pwrules", input).toString());
        RuleSetLoad load = RuleSetLoader.load(java.util.List.of(file), java.util.Map.of(), reference -> false);
        for (RuleProblem problem : load.problems()) {
            if (problem.file() == null || problem.line() < 0 || problem.message() == null) {
                throw new AssertionError("a rule problem without file or message: " + problem);
            }
        }
        if (!load.hasErrors()) {
            load.orElseThrow();
        }
    }
}
