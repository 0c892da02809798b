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
 * @param rule    for a refusal: the rule that refused; {@code null} when allowed
 */
public record Decision(boolean allowed, String reason, Rule rule) {

    /** The rules a refusal can come from (their ids appear in server messages). */
    public enum Rule {
        /** Nobody signed in, or the account is not a person of the roles and rights. */
        PERSON("RIGHTS-PERSON"),
        /** No read or write right on the folder. */
        FOLDER_RIGHT("RIGHTS-FOLDER"),
        /** The role the operation needs is missing. */
        ROLE("RIGHTS-ROLE"),
        /** A released Steckbrief is read-only until a new version is started. */
        RELEASED("RIGHTS-RELEASED"),
        /** The releaser changed the content last (four-eyes). */
        FOUR_EYES("RIGHTS-FOUR-EYES"),
        /** The status change is no step of the release workflow. */
        WORKFLOW("RIGHTS-WORKFLOW"),
        /** Only the editorial team publishes to the release branch and tags. */
        EDITORIAL("RIGHTS-EDITORIAL");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        /** The id shown in messages, e.g. {@code RIGHTS-FOUR-EYES}. */
        public String id() {
            return id;
        }
    }

    /** The operation may be done. */
    public static final Decision ALLOWED = new Decision(true, null, null);

    /** A refusal by {@code rule} with its reason. */
    public static Decision refused(Rule rule, String reason) {
        return new Decision(false, reason, rule);
    }
}
