/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ide;


/**
 * IDE services of the rule language (content assist, highlighting, ...), used by the JFace rules editor in
 * org.prozesswerk.rules.ui; the defaults of the generated module suffice so far.
 */
public class RulesIdeModule extends AbstractRulesIdeModule {
}
