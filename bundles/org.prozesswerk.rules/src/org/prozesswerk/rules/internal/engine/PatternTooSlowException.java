/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

/**
 * A {@code passt zu} pattern needed more than its budget of steps for one text (see {@link BoundedText}): the
 * element is reported as not checked by the rule instead of the validation hanging.
 */
public final class PatternTooSlowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int textLength;

    PatternTooSlowException(String pattern, int textLength) {
        super(pattern, null, false, false);
        this.pattern = pattern;
        this.textLength = textLength;
    }

    public String pattern() {
        return pattern;
    }

    public int textLength() {
        return textLength;
    }
}
