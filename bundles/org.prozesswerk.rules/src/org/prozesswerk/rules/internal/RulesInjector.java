/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal;

import org.prozesswerk.rules.RulesStandaloneSetup;

import com.google.inject.Injector;

/** The one injector of the rule language in this JVM, created on first use. */
public final class RulesInjector {

    private RulesInjector() {
    }

    public static Injector get() {
        return Holder.INJECTOR;
    }

    /** Loaded, and so the injector created, on the first call of {@link #get()}; the JVM makes that thread-safe. */
    private static final class Holder {
        static final Injector INJECTOR = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
