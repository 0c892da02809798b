/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

/**
 * The text a {@code passt zu} pattern is matched against, counting the characters the matcher reads. A pattern from a
 * foreign rule file may backtrack catastrophically ({@code "(a+)+b"} on a long run of {@code a}: exponential time);
 * {@link java.util.regex} reads the text only through {@link #charAt}, so a budget of reads bounds the time of one
 * match independently of the machine's load. A normal match reads each character a few times; the budget is
 * {@link #STEPS_PER_CHARACTER} reads per character plus {@link #MINIMUM_STEPS}. Once a pattern has exceeded its
 * budget in a run, its later texts get a hundredth of it, so that a pattern that backtracks on every Steckbrief of a
 * large register costs seconds, not hours (each such Steckbrief is still reported). One instance per pattern node and
 * run, reset for every text, so that the check allocates nothing.
 */
final class BoundedText implements CharSequence {

    /** Reads allowed per character of the text, on top of {@link #MINIMUM_STEPS}. */
    static final long STEPS_PER_CHARACTER = 1_000;

    /** Reads allowed for any text, however short. */
    static final long MINIMUM_STEPS = 1_000_000;

    /** Thrown when a match has read more than its budget; the rule is reported for the element instead. */
    static final class LimitExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LimitExceeded(long steps) {
            super(Long.toString(steps), null, false, false);
        }
    }

    private String text = "";
    private long remaining;
    private long budget;
    private boolean exceeded;

    /** Starts a new match on {@code value}. */
    BoundedText reset(String value) {
        text = value;
        budget = MINIMUM_STEPS + STEPS_PER_CHARACTER * value.length();
        if (exceeded) {
            budget /= 100;
        }
        remaining = budget;
        return this;
    }

    @Override
    public char charAt(int index) {
        if (--remaining < 0) {
            exceeded = true;
            throw new LimitExceeded(budget);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
