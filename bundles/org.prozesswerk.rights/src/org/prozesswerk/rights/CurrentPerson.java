/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Who am I: the account of the person working in this workbench or command line, recorded in every status change and
 * in {@code lastEditor}, and checked against the register's roles and rights. The account is, in this order: the
 * one set with {@link #set}, the preference {@code org.prozesswerk.rights/account} (the workbench asks for it once),
 * the library account ({@code PROZESSWERK_LIBRARY_USER}); {@code null} if none is known.
 */
public final class CurrentPerson {

    /** Preference node and key of the account. */
    public static final String PREFERENCE_NODE = "org.prozesswerk.rights";
    public static final String PREFERENCE_KEY = "account";

    private static volatile String account;

    private CurrentPerson() {
    }

    /** The signed-in account, or {@code null}. */
    public static String account() {
        String a = account;
        if (a != null) {
            return a;
        }
        try {
            a = InstanceScope.INSTANCE.getNode(PREFERENCE_NODE).get(PREFERENCE_KEY, null);
        } catch (IllegalStateException | NoClassDefFoundError e) {
            a = null; // no instance location (plain JUnit, lean command line)
        }
        if (a == null || a.isBlank()) {
            a = System.getenv("PROZESSWERK_LIBRARY_USER");
        }
        return a == null || a.isBlank() ? null : a;
    }

    /** Signs {@code newAccount} in for this session ({@code null} signs out and falls back to the preference). */
    public static void set(String newAccount) {
        account = newAccount == null || newAccount.isBlank() ? null : newAccount;
    }

    /** Stores {@code newAccount} as the workbench's person and signs it in. */
    public static void remember(String newAccount) {
        set(newAccount);
        var node = InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
        if (account == null) {
            node.remove(PREFERENCE_KEY);
        } else {
            node.put(PREFERENCE_KEY, account);
        }
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Who to record in a history entry: the account, else the operating-system login (no roles configured). */
    public static String forHistory() {
        String a = account();
        return a != null ? a : System.getProperty("user.name");
    }
}
