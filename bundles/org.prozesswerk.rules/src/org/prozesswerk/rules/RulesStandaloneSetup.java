/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules;

/** Creates the rule language's injector outside Eclipse's UI (CLI, engine, tests, the JFace editor). */
public class RulesStandaloneSetup extends RulesStandaloneSetupGenerated {

    public static void doSetup() {
        new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
