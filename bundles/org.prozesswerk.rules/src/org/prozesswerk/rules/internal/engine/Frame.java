/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import org.eclipse.emf.ecore.EObject;

/**
 * The mutable evaluation state of one thread: the element being checked ({@code dies}), the register, the values of
 * the quantifier variables (one slot per variable of the rule set) and the per-run caches. Reused for every element,
 * so evaluation allocates nothing by itself.
 */
public final class Frame {

    public EObject self;
    public final Object[] vars;
    public final RunState run;
    final java.util.regex.Matcher[] matchers;
    final BoundedText[] texts;

    Frame(int variables, int patterns, RunState run) {
        this.vars = new Object[variables];
        this.matchers = new java.util.regex.Matcher[patterns];
        this.texts = new BoundedText[patterns];
        this.run = run;
    }
}
