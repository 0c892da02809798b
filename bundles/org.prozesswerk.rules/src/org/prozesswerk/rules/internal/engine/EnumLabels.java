/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.prozesswerk.model.provider.ProzesswerkEditPlugin;

/**
 * German names of model enumeration values for rule messages ({@code fachlich freigegeben (gold)}, not
 * {@code TECHNICALLY_RELEASED_GOLD}). Rule messages are written in German, so the value is German too, whatever the
 * workbench language. The names are the edit plug-in's ({@code _UI_<Enum>_<LITERAL>_literal} in
 * org.prozesswerk.model.edit/plugin_de.properties), the same the editors and the Properties view show.
 */
final class EnumLabels {

    private static final ResourceBundle GERMAN = load();

    private EnumLabels() {
    }

    private static ResourceBundle load() {
        try {
            return ResourceBundle.getBundle("plugin", Locale.GERMAN, ProzesswerkEditPlugin.class.getClassLoader());
        } catch (MissingResourceException | LinkageError e) {
            // Only outside the product (a benchmark jar without the edit plug-in): messages then show the literal.
            return null;
        }
    }

    /** The German name of {@code value}, or its model literal when none is known. */
    static String label(Enumerator value) {
        if (GERMAN != null) {
            String key = "_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal";
            if (GERMAN.containsKey(key)) {
                return GERMAN.getString(key);
            }
        }
        return value.getLiteral();
    }
}
