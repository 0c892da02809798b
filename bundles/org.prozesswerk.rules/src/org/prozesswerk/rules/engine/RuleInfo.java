/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.prozesswerk.rules.rules.Severity;

/**
 * What a rule is, independent of the parsed file: for reports, the JUnit format and the documentation table.
 *
 * @param source the rule file, {@code line} the line of the rule's {@code regel} keyword (1-based)
 */
public record RuleInfo(String id, String title, Severity severity, EClass type, String documentation,
        String ruleSetTitle, URI source, int line) {
}
