/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.typing;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;

/**
 * The static type of a rule expression: a kind, the metamodel classifier behind it (for objects and enumerations)
 * and whether it is a collection.
 */
public record RuleType(Kind kind, EClassifier classifier, boolean many) {

    public enum Kind {
        BOOLEAN, NUMBER, STRING, DATE, ENUM, OBJECT, UNKNOWN
    }

    public static final RuleType BOOLEAN = new RuleType(Kind.BOOLEAN, null, false);
    public static final RuleType NUMBER = new RuleType(Kind.NUMBER, null, false);
    public static final RuleType STRING = new RuleType(Kind.STRING, null, false);
    public static final RuleType DATE = new RuleType(Kind.DATE, null, false);
    /** A type that could not be determined, e.g. after a linking error; never reported twice. */
    public static final RuleType UNKNOWN = new RuleType(Kind.UNKNOWN, null, false);

    public static RuleType object(EClass eClass, boolean many) {
        return new RuleType(Kind.OBJECT, eClass, many);
    }

    public static RuleType enumeration(EEnum eEnum) {
        return new RuleType(Kind.ENUM, eEnum, false);
    }

    /** The type of one element of this collection type. */
    public RuleType element() {
        return many ? new RuleType(kind, classifier, false) : this;
    }

    public RuleType asMany() {
        return new RuleType(kind, classifier, true);
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    /** The class of a single object type, else null. */
    public EClass eClass() {
        return kind == Kind.OBJECT && !many ? (EClass) classifier : null;
    }

    /** A name for messages: the German alias of a class if it has one, the kind otherwise. */
    public String display() {
        String base = switch (kind) {
            case BOOLEAN -> "Wahrheitswert";
            case NUMBER -> "Zahl";
            case STRING -> "Text";
            case DATE -> "Datum";
            case ENUM -> classifier.getName();
            case OBJECT -> Vocabulary.displayName((EClass) classifier);
            case UNKNOWN -> "?";
        };
        return many ? "Sammlung von " + base : base;
    }
}
