/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import org.eclipse.emf.common.util.URI;
import org.prozesswerk.rules.rules.Severity;

/**
 * A problem in a rule file (syntax, unknown name, type error): where it is and what is wrong.
 *
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param code the issue code (e.g. {@code org.prozesswerk.rules.unknownName}), may be null
 */
public record RuleProblem(Severity severity, URI file, int line, int column, String message, String code) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message}, the form compilers use. */
    @Override
    public String toString() {
        String name = file == null ? "?" : file.isFile() ? file.toFileString() : file.toString();
        return name + ":" + line + ":" + column + ": " + message;
    }
}
