/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.prozesswerk.rules.engine.RuleInfo;

/** A rule ready to run: its guard and check as nodes, its message as text parts and getter chains. */
public final class CompiledRule {

    final RuleInfo info;
    final EClass type;
    final Node guard;
    final Node check;
    private final String[] texts;
    private final Function<Object, Object>[][] placeholders;
    /** Renders the message of a violation on demand; one instance per rule, not per violation. */
    final Function<org.eclipse.emf.ecore.EObject, String> renderer = this::message;

    CompiledRule(RuleInfo info, Node guard, Node check, String[] texts, Function<Object, Object>[][] placeholders) {
        this.info = info;
        this.type = info.type();
        this.guard = guard;
        this.check = check;
        this.texts = texts;
        this.placeholders = placeholders;
    }

    public RuleInfo info() {
        return info;
    }

    /** Whether the element (in {@code f.self}) breaks the rule. */
    public boolean violated(Frame f) {
        return (guard == null || guard.test(f)) && !check.test(f);
    }

    /** The message for {@code self}; only called for violations, and lazily (see Violation). */
    public String message(Object self) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                result.append(texts[i]);
            } else {
                Object value = self;
                for (Function<Object, Object> getter : placeholders[i]) {
                    value = value == null ? null : getter.apply(value);
                }
                result.append(format(value));
            }
        }
        return result.toString();
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator enumerator) {
            return EnumLabels.label(enumerator);
        }
        if (value instanceof Date date) {
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return format.format(date);
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof List<?> list) {
            return String.valueOf(list.size());
        }
        return String.valueOf(value);
    }
}
