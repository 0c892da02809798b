/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

/**
 * A compiled expression. Conditions override {@link #test}, numbers {@link #num}, so that the hot paths neither box
 * nor allocate; {@link #value} is the general (boxed) form.
 */
public abstract class Node {

    public abstract Object value(Frame f);

    public boolean test(Frame f) {
        return value(f) == Boolean.TRUE;
    }

    /** The numeric value; NaN for "no number" (unset, not a number). */
    public double num(Frame f) {
        return value(f) instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** Base class of conditions: their value is the boxed {@link #test}. */
    abstract static class Condition extends Node {
        @Override
        public final Object value(Frame f) {
            return test(f);
        }
    }

    /** Base class of numbers: their value is the boxed {@link #num}. */
    abstract static class Numeric extends Node {
        @Override
        public final Object value(Frame f) {
            double value = num(f);
            return Double.isNaN(value) ? null : value;
        }
    }
}
