/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import org.prozesswerk.model.FimStatus;

/**
 * What an operation is applied to: a folder (its key as given to {@link RightsPolicy.Builder#folder}; {@code null}
 * is the register itself) and, for a Steckbrief, its name, status and the account that last changed its content.
 *
 * @param folder     the folder key, {@code null} for the register level
 * @param name       the Steckbrief or item for messages; {@code null} for a folder's own content
 * @param status     the Steckbrief's status before the operation; {@code null} for a folder
 * @param lastEditor account of the person who last changed the content; {@code null} if unknown
 */
public record Target(Object folder, String name, FimStatus status, String lastEditor) {

    /** A folder's own content (name, subfolders, which Steckbriefe it holds). */
    public static Target folder(Object folder) {
        return new Target(folder, null, null, null);
    }
}
