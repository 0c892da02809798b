/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSets;
import org.prozesswerk.rules.engine.Violation;

/** The shipped rule set "Musterprozessregister-Qualität", loaded once through the extension point. */
final class DefaultRules {

    static final String ID = "org.prozesswerk.rules.defaults.musterprozessregister";

    private static RuleSet ruleSet;

    private DefaultRules() {
    }

    static synchronized RuleSet get() {
        if (ruleSet == null) {
            RuleSetLoad load = load();
            if (!load.problems().isEmpty()) {
                throw new AssertionError("the default rule set has problems: " + load.problems());
            }
            ruleSet = load.orElseThrow();
        }
        return ruleSet;
    }

    static RuleSetLoad load() {
        List<RuleSets.Descriptor> descriptors = RuleSets.contributed().stream().filter(d -> ID.equals(d.id())).toList();
        if (descriptors.size() != 1) {
            throw new AssertionError("expected the default rule set among " + RuleSets.contributed());
        }
        return RuleSets.load(descriptors, List.of(), ReferenceResolver.catalogues());
    }

    /** The violations as the oracles write them: "RULE SEVERITY path", sorted. */
    static List<String> check(EObject root) {
        List<String> result = new ArrayList<>();
        for (Violation violation : get().validate(root).violations()) {
            result.add(violation.ruleId() + " " + violation.severity().name() + " " + violation.path());
        }
        result.sort(null);
        return result;
    }
}
