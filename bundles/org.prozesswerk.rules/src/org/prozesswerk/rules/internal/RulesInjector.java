/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal;

import org.prozesswerk.rules.RulesStandaloneSetup;

import com.google.inject.Injector;

/** The one injector of the rule language in this JVM, created on first use. */
public final class RulesInjector {

    private static volatile Injector injector;

    private RulesInjector() {
    }

    public static Injector get() {
        Injector result = injector;
        if (result == null) {
            synchronized (RulesInjector.class) {
                result = injector;
                if (result == null) {
                    result = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }
}
