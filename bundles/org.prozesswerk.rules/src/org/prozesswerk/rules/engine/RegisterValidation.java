/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.util.ProzesswerkValidator;
import org.prozesswerk.rules.rules.Severity;

/**
 * Validates a register the one way the workbench and the CLI both use: an EMF {@link Diagnostician} whose validator
 * for the register package is composed of the generated {@link ProzesswerkValidator} (multiplicities, value ranges)
 * and a {@link RulesEValidator}. The composition lives in a private validator registry, so the global
 * {@link EValidator.Registry#INSTANCE} is left as it is and two rule sets can be used side by side.
 */
public final class RegisterValidation {

    private RegisterValidation() {
    }

    /** A Diagnostician that checks the register package with the model's constraints and {@code ruleSet}. */
    public static Diagnostician diagnostician(RuleSet ruleSet) {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(ProzesswerkPackage.eINSTANCE, new Composed(ProzesswerkValidator.INSTANCE,
                new RulesEValidator(ruleSet)));
        return new Diagnostician(registry);
    }

    /** Validates the register (or any element and its content) and returns the findings in document order. */
    public static List<Finding> validate(EObject root, RuleSet ruleSet) {
        Diagnostician diagnostician = diagnostician(ruleSet);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
        diagnostician.validate(root, diagnostics, context);
        List<Finding> findings = new ArrayList<>();
        collect(diagnostics, findings);
        return findings;
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() != Diagnostic.OK) {
                Finding finding = toFinding(child);
                if (finding != null) {
                    findings.add(finding);
                }
            }
            collect(child, findings);
        }
    }

    /** The finding a diagnostic of {@link #diagnostician} stands for, or null for a pure grouping diagnostic. */
    public static Finding toFinding(Diagnostic diagnostic) {
        List<?> data = diagnostic.getData();
        EObject element = !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
        Severity severity = switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
            case Diagnostic.WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
        if (data.size() > 1 && data.get(1) instanceof Violation violation) {
            return new Finding(violation.ruleId(), severity, violation.path(), violation.message(), element,
                    fragment(element), violation.rule());
        }
        if (element == null || !diagnostic.getChildren().isEmpty() && diagnostic.getCode() == 0) {
            return null;
        }
        return new Finding("EMF." + diagnostic.getCode(), severity, ElementPaths.of(element),
                diagnostic.getMessage(), element, fragment(element), null);
    }

    private static String fragment(EObject element) {
        return element == null || element.eResource() == null ? null : element.eResource().getURIFragment(element);
    }

    /** Both validators, the model's first; an element is valid when both say so. */
    private record Composed(EValidator first, EValidator second) implements EValidator {

        @Override
        public boolean validate(EObject eObject, org.eclipse.emf.common.util.DiagnosticChain diagnostics,
                Map<Object, Object> context) {
            return validate(eObject.eClass(), eObject, diagnostics, context);
        }

        @Override
        public boolean validate(org.eclipse.emf.ecore.EClass eClass, EObject eObject,
                org.eclipse.emf.common.util.DiagnosticChain diagnostics, Map<Object, Object> context) {
            boolean valid = first.validate(eClass, eObject, diagnostics, context);
            // EObjectValidator stops at the first problem when diagnostics is null; rules are cheap enough to run.
            return second.validate(eClass, eObject, diagnostics, context) && valid;
        }

        @Override
        public boolean validate(org.eclipse.emf.ecore.EDataType eDataType, Object value,
                org.eclipse.emf.common.util.DiagnosticChain diagnostics, Map<Object, Object> context) {
            return first.validate(eDataType, value, diagnostics, context);
        }
    }
}
