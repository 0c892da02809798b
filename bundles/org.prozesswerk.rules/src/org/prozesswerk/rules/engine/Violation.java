/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.rules.rules.Severity;

/** One element that breaks one rule, with the rule's message filled in for that element. */
public record Violation(RuleInfo rule, EObject element, String message) {

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
}
