/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole-text matcher for the shape of regular expression that key checks use ({@code passt zu "99[0-9]{12}"}): a
 * fixed sequence of ASCII literals and ASCII character classes ({@code [0-9A-Z_]}, {@code \d}), each optionally
 * repeated a fixed number of times ({@code {12}}). Such an expression matches exactly the texts of its length whose
 * characters lie in the class of their position, so the test is a length check and one range test per character:
 * no {@link java.util.regex.Matcher} state to reset, no backtracking. Same result as
 * {@code Pattern.compile(regex).matcher(text).matches()}; {@link #compile} returns null for everything else
 * (alternatives, groups, open repetitions, negated classes, flags, non-ASCII), which then goes to java.util.regex.
 */
public final class FixedPattern {

    /** Per position the allowed ranges as pairs {@code low, high} (inclusive). */
    private final char[][] ranges;

    private FixedPattern(char[][] ranges) {
        this.ranges = ranges;
    }

    /** The fixed-shape matcher for {@code regex}, or null if the expression has another shape. */
    public static FixedPattern compile(String regex) {
        List<char[]> positions = new ArrayList<>();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            char[] atom;
            if (c == '[') {
                int end = regex.indexOf(']', i + 1);
                if (end < 0) {
                    return null;
                }
                atom = charClass(regex.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                atom = escape(regex.charAt(i + 1));
                i += 2;
            } else if (isLiteral(c)) {
                atom = new char[] { c, c };
                i++;
            } else {
                return null;
            }
            if (atom == null) {
                return null;
            }
            int times = 1;
            if (i < n && regex.charAt(i) == '{') {
                int end = regex.indexOf('}', i + 1);
                if (end < 0 || end == i + 1 || end - i > 6) {
                    return null;
                }
                times = 0;
                for (int k = i + 1; k < end; k++) {
                    char d = regex.charAt(k);
                    if (d < '0' || d > '9') {
                        return null; // {n,m}, {n,}: not fixed
                    }
                    times = times * 10 + (d - '0');
                }
                i = end + 1;
            }
            if (i < n && "?*+{".indexOf(regex.charAt(i)) >= 0) {
                return null; // x{2}?, x{2}{3} and other combinations: leave them to java.util.regex
            }
            for (int k = 0; k < times; k++) {
                positions.add(atom);
            }
            if (positions.size() > 4096) {
                return null;
            }
        }
        return new FixedPattern(positions.toArray(new char[0][]));
    }

    /** Whether the whole of {@code text} matches. */
    public boolean matches(String text) {
        char[][] r = ranges;
        if (text.length() != r.length) {
            return false;
        }
        for (int i = 0; i < r.length; i++) {
            char c = text.charAt(i);
            char[] allowed = r[i];
            boolean found = false;
            for (int k = 0; k < allowed.length; k += 2) {
                if (c >= allowed[k] && c <= allowed[k + 1]) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters, digits and a few punctuation characters that are not regex syntax. */
    private static boolean isLiteral(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || " -_:/,;=!@%&'\"<>#~`".indexOf(c) >= 0);
    }

    private static char[] escape(char c) {
        if (c == 'd') {
            return new char[] { '0', '9' };
        }
        // A backslash before ASCII punctuation makes it literal; before letters it means a class or a control.
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' ? new char[] { c, c } : null;
    }

    /** The ranges of {@code [body]}; null for negation, nesting, intersections and other syntax. */
    private static char[] charClass(String body) {
        if (body.isEmpty() || body.charAt(0) == '^' || body.contains("[") || body.contains("&&")) {
            return null;
        }
        StringBuilder pairs = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char low;
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length()) {
                    return null;
                }
                char[] escaped = escape(body.charAt(i + 1));
                if (escaped == null) {
                    return null;
                }
                i += 2;
                if (escaped[0] != escaped[1]) { // \d
                    pairs.append(escaped);
                    continue;
                }
                low = escaped[0];
            } else if (c < 128 && c >= ' ') {
                low = c;
                i++;
            } else {
                return null;
            }
            char high = low;
            // "a-z" is a range; a '-' first or last in the class is a literal.
            if (i + 1 < body.length() && body.charAt(i) == '-') {
                char h = body.charAt(i + 1);
                if (h == '\\' || h >= 128 || h < ' ' || h < low) {
                    return null;
                }
                high = h;
                i += 2;
            }
            pairs.append(low).append(high);
        }
        return pairs.toString().toCharArray();
    }
}
