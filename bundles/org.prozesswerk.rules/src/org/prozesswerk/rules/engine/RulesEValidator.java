/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.rules.rules.Severity;

/**
 * The rule set as an EMF {@link EValidator}: a {@link org.eclipse.emf.ecore.util.Diagnostician} calls it for every
 * element and gets one diagnostic per violation. Diagnostics carry {@link #SOURCE}, the rule id as message prefix,
 * and as data the element and the {@link Violation}. The per-validation state (value counts for
 * {@code ist eindeutig}) is kept in the Diagnostician's context map, so one instance serves any number of runs.
 */
public final class RulesEValidator implements EValidator {

    /** The diagnostic source of rule violations. */
    public static final String SOURCE = "org.prozesswerk.rules";

    private final RuleSet ruleSet;

    public RulesEValidator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        RuleSet.Run run = run(eObject, context);
        boolean[] valid = { true };
        ruleSet.check(eObject, run, violation -> {
            if (violation.severity() == Severity.ERROR) {
                valid[0] = false;
            }
            if (diagnostics != null) {
                diagnostics.add(toDiagnostic(violation));
            }
        });
        return valid[0];
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    private RuleSet.Run run(EObject eObject, Map<Object, Object> context) {
        if (context == null) {
            return ruleSet.newRun(EcoreUtil.getRootContainer(eObject));
        }
        EObject root = EcoreUtil.getRootContainer(eObject);
        Object key = new RunKey(this, root);
        return (RuleSet.Run) context.computeIfAbsent(key, k -> ruleSet.newRun(root));
    }

    private record RunKey(RulesEValidator validator, EObject root) {
    }

    static Diagnostic toDiagnostic(Violation violation) {
        int severity = switch (violation.severity()) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
        return new BasicDiagnostic(severity, SOURCE, 0, violation.ruleId() + ": " + violation.message(),
                new Object[] { violation.element(), violation });
    }
}
