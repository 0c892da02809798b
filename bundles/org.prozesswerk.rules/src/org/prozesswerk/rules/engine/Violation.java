/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.rules.rules.Severity;

/**
 * One element that breaks one rule. The message (the rule's text with its placeholders filled in for the element)
 * is rendered on first use, so that a validation that only counts or filters violations does not pay for texts;
 * render it before changing the element if the text must show the state at validation time.
 */
public final class Violation {

    private final RuleInfo rule;
    private final EObject element;
    private Function<EObject, String> renderer;
    private String message;

    public Violation(RuleInfo rule, EObject element, String message) {
        this.rule = Objects.requireNonNull(rule);
        this.element = element;
        this.message = message;
    }

    /** A violation whose message {@code renderer} computes from the element when asked. */
    public Violation(RuleInfo rule, EObject element, Function<EObject, String> renderer) {
        this.rule = Objects.requireNonNull(rule);
        this.element = element;
        this.renderer = Objects.requireNonNull(renderer);
    }

    public RuleInfo rule() {
        return rule;
    }

    public EObject element() {
        return element;
    }

    public synchronized String message() {
        if (message == null) {
            message = renderer.apply(element);
            renderer = null;
        }
        return message;
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** Where the element is, for people: e.g. {@code Musterregister/Bauen/Steckbrief PW-000123}. */
    public String path() {
        return ElementPaths.of(element);
    }

    @Override
    public String toString() {
        return rule.id() + " " + rule.severity().name() + " " + path() + ": " + message();
    }
}
