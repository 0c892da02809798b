/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.rules.rules.Severity;

/**
 * One result of validating a register, as the workbench (Problems view) and the CLI show it: a rule violation, or a
 * basic model constraint EMF itself checks (rule id {@code EMF.<code>}, e.g. a value out of its allowed range).
 *
 * @param rule        the rule, or null for EMF's own constraints
 * @param elementPath see {@link ElementPaths}
 * @param uriFragment the element's URI fragment within its resource, to find it again (markers)
 */
public record Finding(String ruleId, Severity severity, String elementPath, String message, EObject element,
        String uriFragment, RuleInfo rule) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
