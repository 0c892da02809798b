/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

/**
 * The answer of a rights check.
 *
 * @param allowed whether the operation may be done
 * @param reason  for a refusal: a message for people naming the person, the operation, the folder and the missing
 *                role or right; {@code null} when allowed
 */
public record Decision(boolean allowed, String reason) {

    /** The operation may be done. */
    public static final Decision ALLOWED = new Decision(true, null);

    /** A refusal with its reason. */
    public static Decision refused(String reason) {
        return new Decision(false, reason);
    }
}
