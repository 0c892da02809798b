/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.Locale;

import org.prozesswerk.merge.Conflict;

/**
 * One row of the change tree: a change of one feature of one element, shown under its folder (or category) and its
 * Steckbrief (or element).
 *
 * @param group    folder path of the Steckbrief, or the category of other elements
 * @param element  what a user recognises: Steckbrief key and name, folder path, unit code and name
 * @param feature  the changed feature, in the user's language ({@code ""} for a whole element)
 * @param kind     what happened, in the user's language
 * @param values   one text per value column (three-way: Basis, Lokal, Neu, Ergebnis; two-way: left, right); for a
 *                 conflict the result column is computed from the decisions
 * @param conflict the conflict, or {@code null} for a change the merge takes without asking
 */
public record Change(String group, String element, String feature, String kind, String[] values, Conflict conflict) {

    /** @return whether the row contains {@code needle} (lower case) in any of its texts */
    boolean matches(String needle) {
        if (contains(group, needle) || contains(element, needle) || contains(feature, needle)
                || contains(kind, needle)) {
            return true;
        }
        for (String v : values) {
            if (contains(v, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
