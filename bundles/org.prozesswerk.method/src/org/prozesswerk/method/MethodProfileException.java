/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method;

import java.util.List;

/** A method profile file that cannot be read: every problem, each a German message naming file, attribute and field. */
public final class MethodProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<String> problems;

    public MethodProfileException(String file, List<String> problems) {
        super(String.join("\n", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The problems, one message each. */
    public List<String> problems() {
        return problems;
    }
}
