/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.rules.internal.engine.CompiledRule;
import org.prozesswerk.rules.internal.engine.CompiledRuleSet;
import org.prozesswerk.rules.internal.engine.RunState;

/**
 * Compiled validation rules, ready to check registers. Created by {@link RuleSetLoader}. Immutable and
 * thread-safe: each validation has its own {@link Run}.
 */
public final class RuleSet {

    private final CompiledRuleSet compiled;
    private final ReferenceResolver resolver;
    private final List<RuleInfo> rules;

    RuleSet(CompiledRuleSet compiled, ReferenceResolver resolver) {
        this.compiled = compiled;
        this.resolver = Objects.requireNonNull(resolver);
        List<RuleInfo> infos = new ArrayList<>();
        for (CompiledRule rule : compiled.rules()) {
            infos.add(rule.info());
        }
        this.rules = List.copyOf(infos);
    }

    /** The rules, in file and declaration order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The same rules, resolving catalogue references with {@code other}: for tests and tools. */
    public RuleSet withResolver(ReferenceResolver other) {
        return new RuleSet(compiled, other);
    }

    /** Checks every element of the tree under {@code root} (normally a register). */
    public ValidationResult validate(EObject root) {
        List<Violation> violations = new ArrayList<>();
        long checks = validate(root, violations::add);
        return new ValidationResult(List.copyOf(violations), checks);
    }

    /** Streams the violations of the tree under {@code root}; returns the number of checks made. */
    public long validate(EObject root, Consumer<Violation> sink) {
        return compiled.validateTree(compiled.newRun(root, resolver), sink);
    }

    /** Starts a validation of the register {@code root} whose elements are checked one by one ({@link #check}). */
    public Run newRun(EObject root) {
        return new Run(compiled.newRun(root, resolver));
    }

    /** Checks one element (not its children) against the rules for its type; returns the number of checks. */
    public long check(EObject element, Run run, Consumer<Violation> sink) {
        return compiled.validateElement(element, run.state, sink);
    }

    /** The state of one validation: caches such as the value counts behind {@code ist eindeutig}. */
    public static final class Run {
        final RunState state;

        Run(RunState state) {
            this.state = state;
        }
    }
}
