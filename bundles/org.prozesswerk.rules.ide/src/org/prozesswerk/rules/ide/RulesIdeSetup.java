/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.prozesswerk.rules.RulesRuntimeModule;
import org.prozesswerk.rules.RulesStandaloneSetup;

/**
 * Creates an injector with the runtime and the IDE services of the rule language.
 */
public class RulesIdeSetup extends RulesStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new RulesRuntimeModule(), new RulesIdeModule()));
	}
	
}
