/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ReferenceResolver;

/**
 * One validation of one register: the register, the resolver, and the value counts behind {@code ist eindeutig},
 * computed on first use from the whole register.
 */
public final class RunState {

    final EObject root;
    final ProcessRegister register;
    final ReferenceResolver resolver;
    private final Map<?, ?>[] uniqueCounts;
    public final Frame frame;

    private final CompiledRuleSet ruleSet;

    RunState(CompiledRuleSet ruleSet, EObject root, ReferenceResolver resolver, int variables, int uniqueSlots,
            int patterns) {
        this.ruleSet = ruleSet;
        this.root = root;
        this.register = root instanceof ProcessRegister r ? r : null;
        this.resolver = resolver;
        this.uniqueCounts = new Map<?, ?>[uniqueSlots];
        this.frame = new Frame(variables, patterns, this);
    }

    /** How often each value of {@code value} occurs among the elements of {@code domain} in the register. */
    @SuppressWarnings("unchecked")
    Map<Object, Integer> counts(int slot, Node value, EClass domain) {
        Map<Object, Integer> counts = (Map<Object, Integer>) uniqueCounts[slot];
        if (counts == null) {
            Map<Object, Integer> result = new HashMap<>();
            Frame scratch = new Frame(frame.vars.length, frame.matchers.length, this);
            ruleSet.forEachInstance(root, domain, element -> {
                scratch.self = element;
                Object key = value.value(scratch);
                if (key != null && !(key instanceof String s && s.isBlank())) {
                    result.merge(key instanceof String s ? s.strip() : key, 1, Integer::sum);
                }
            });
            uniqueCounts[slot] = result;
            counts = result;
        }
        return counts;
    }
}
