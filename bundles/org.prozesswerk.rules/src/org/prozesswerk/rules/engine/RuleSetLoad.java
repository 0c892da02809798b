/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading rule files: the compiled rule set, unless a file has errors, and every problem found.
 */
public record RuleSetLoad(Optional<RuleSet> ruleSet, List<RuleProblem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(RuleProblem::isError);
    }

    /** The rule set; throws with the first error when there is none. */
    public RuleSet orElseThrow() {
        return ruleSet.orElseThrow(() -> new IllegalStateException(problems.stream().filter(RuleProblem::isError)
                .map(RuleProblem::toString).findFirst().orElse("no rule set")));
    }
}
