/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ElementPaths;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.ValidationResult;
import org.prozesswerk.rules.engine.Violation;
import org.prozesswerk.rules.tests.support.HandWrittenRules;
import org.prozesswerk.rules.tests.support.RandomRegisters;

/** The compiled default rules find exactly what the same rules written by hand in Java find, on random registers. */
class EquivalenceTest {

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void dslEqualsHandWritten(long seed) {
        ProcessRegister register = RandomRegisters.create(seed, 400);
        ReferenceResolver resolver = ReferenceResolver.catalogues();

        ValidationResult dsl = DefaultRules.get().withResolver(resolver).validate(register);
        List<String> fromDsl = new ArrayList<>();
        for (Violation violation : dsl.violations()) {
            fromDsl.add(describe(violation.ruleId(), violation.element()));
        }
        HandWrittenRules hand = new HandWrittenRules(resolver);
        List<String> fromJava = new ArrayList<>();
        hand.validate(register, (rule, element) -> fromJava.add(describe(rule, element)));

        fromDsl.sort(null);
        fromJava.sort(null);
        assertEquals(fromJava, fromDsl);
        assertEquals(hand.checks(), dsl.checks(), "both count one check per rule and element");
        Set<String> rules = new HashSet<>();
        fromJava.forEach(v -> rules.add(v.substring(0, 6)));
        assertTrue(rules.size() >= 15, "the random register should break most rules, broke " + rules);
    }

    private static String describe(String rule, EObject element) {
        return rule + " " + ElementPaths.of(element) + " @" + System.identityHashCode(element);
    }
}
