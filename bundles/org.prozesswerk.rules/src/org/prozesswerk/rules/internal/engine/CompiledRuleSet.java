/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.Violation;
import org.prozesswerk.rules.internal.Messages;
import org.prozesswerk.rules.typing.Vocabulary;

/**
 * The compiled rules plus a plan for walking a register: per metamodel class the rules that apply to it and the
 * containment features that can lead to elements some rule applies to. Immutable and thread-safe; the mutable state
 * of a validation lives in {@link RunState}.
 */
public final class CompiledRuleSet {

    private static final CompiledRule[] NONE = new CompiledRule[0];

    private final List<CompiledRule> rules;
    private final int variables;
    private final int uniqueSlots;
    private final int patterns;
    private final EPackage ePackage = Vocabulary.PACKAGE;
    /** By classifier id of the register package. */
    private final CompiledRule[][] rulesByClass;
    private final Function<Object, Object>[][] descentByClass;

    @SuppressWarnings("unchecked")
    CompiledRuleSet(List<CompiledRule> rules, int variables, int uniqueSlots, int patterns) {
        this.rules = List.copyOf(rules);
        this.variables = variables;
        this.uniqueSlots = uniqueSlots;
        this.patterns = patterns;
        List<EClassifier> classifiers = ePackage.getEClassifiers();
        int size = 0;
        for (EClassifier classifier : classifiers) {
            size = Math.max(size, classifier.getClassifierID() + 1);
        }
        rulesByClass = new CompiledRule[size][];
        descentByClass = new Function[size][];
        boolean[] reaches = new boolean[size];
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass eClass) {
                List<CompiledRule> applicable = new ArrayList<>();
                for (CompiledRule rule : rules) {
                    if (rule.type == eClass || rule.type.isSuperTypeOf(eClass)) {
                        applicable.add(rule);
                    }
                }
                rulesByClass[eClass.getClassifierID()] = applicable.isEmpty() ? NONE
                        : applicable.toArray(new CompiledRule[0]);
                reaches[eClass.getClassifierID()] = !applicable.isEmpty();
            }
        }
        // Fixpoint: a class is worth descending into if something below it has rules.
        for (boolean changed = true; changed;) {
            changed = false;
            for (EClassifier classifier : classifiers) {
                if (classifier instanceof EClass eClass && !reaches[eClass.getClassifierID()]) {
                    for (EReference reference : eClass.getEAllContainments()) {
                        if (anyReaches(reference.getEReferenceType(), reaches)) {
                            reaches[eClass.getClassifierID()] = true;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass eClass) {
                List<Function<Object, Object>> descent = new ArrayList<>();
                for (EReference reference : eClass.getEAllContainments()) {
                    if (anyReaches(reference.getEReferenceType(), reaches)) {
                        Function<Object, Object> getter = Accessors.getter(reference);
                        descent.add(reference.isMany() ? getter : target -> {
                            Object child = getter.apply(target);
                            return child == null ? List.of() : List.of(child);
                        });
                    }
                }
                descentByClass[eClass.getClassifierID()] = descent.toArray(new Function[0]);
            }
        }
    }

    private boolean anyReaches(EClass type, boolean[] reaches) {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass candidate && reaches[candidate.getClassifierID()]
                    && (candidate == type || type.isSuperTypeOf(candidate))) {
                return true;
            }
        }
        return false;
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    public RunState newRun(EObject root, ReferenceResolver resolver) {
        return new RunState(this, root, resolver, variables, uniqueSlots, patterns);
    }

    /**
     * Every element of {@code domain} under {@code root}. Uses the walking plan when rules apply to the class (then
     * the plan reaches all its instances), else EMF's generic tree iterator.
     */
    void forEachInstance(EObject root, EClass domain, Consumer<EObject> action) {
        if (domain.getEPackage() == ePackage && rulesByClass[domain.getClassifierID()].length > 0) {
            walk(root, domain, action);
        } else {
            for (var it = org.eclipse.emf.ecore.util.EcoreUtil.<EObject>getAllContents(List.of(root)); it.hasNext();) {
                EObject element = it.next();
                if (domain.isSuperTypeOf(element.eClass())) {
                    action.accept(element);
                }
            }
        }
    }

    private void walk(EObject element, EClass domain, Consumer<EObject> action) {
        EClass eClass = element.eClass();
        if (eClass.getEPackage() != ePackage) {
            return;
        }
        if (eClass == domain || domain.isSuperTypeOf(eClass)) {
            action.accept(element);
        }
        for (Function<Object, Object> getter : descentByClass[eClass.getClassifierID()]) {
            List<?> children = (List<?>) getter.apply(element);
            for (int i = 0, n = children.size(); i < n; i++) {
                walk((EObject) children.get(i), domain, action);
            }
        }
    }

    /** Checks the whole tree under the run's root; returns the number of (rule, element) checks made. */
    public long validateTree(RunState run, Consumer<Violation> sink) {
        return visit(run.root, run.frame, sink);
    }

    private long visit(EObject element, Frame frame, Consumer<Violation> sink) {
        EClass eClass = element.eClass();
        if (eClass.getEPackage() != ePackage) {
            return 0;
        }
        int id = eClass.getClassifierID();
        long checks = check(element, rulesByClass[id], frame, sink);
        for (Function<Object, Object> getter : descentByClass[id]) {
            List<?> children = (List<?>) getter.apply(element);
            for (int i = 0, n = children.size(); i < n; i++) {
                checks += visit((EObject) children.get(i), frame, sink);
            }
        }
        return checks;
    }

    /** Checks one element against the rules for its class; returns the number of checks. */
    public long validateElement(EObject element, RunState run, Consumer<Violation> sink) {
        EClass eClass = element.eClass();
        if (eClass.getEPackage() != ePackage) {
            return 0;
        }
        return check(element, rulesByClass[eClass.getClassifierID()], run.frame, sink);
    }

    private static long check(EObject element, CompiledRule[] applicable, Frame frame, Consumer<Violation> sink) {
        frame.self = element;
        for (CompiledRule rule : applicable) {
            try {
                if (rule.violated(frame)) {
                    sink.accept(new Violation(rule.info, element, rule.renderer));
                }
            } catch (PatternTooSlowException e) {
                // A foreign rule's pattern that backtracks without end must not hang the validation: the element
                // is reported as not checked by this rule, naming the pattern.
                sink.accept(new Violation(rule.info, element, NLS.bind(Messages.patternTooSlow, e.pattern(),
                        Integer.toString(e.textLength()))));
            } catch (RuntimeException e) {
                // A rule must never stop a validation: report the rule, go on with the next one.
                sink.accept(new Violation(rule.info, element, NLS.bind(Messages.evaluationFailed, e)));
            } finally {
                frame.self = element;
            }
        }
        return applicable.length;
    }

    /** The rules that apply to elements of {@code eClass}. */
    public List<CompiledRule> rulesFor(EClass eClass) {
        return eClass.getEPackage() == ePackage ? List.of(rulesByClass[eClass.getClassifierID()]) : List.of();
    }
}
