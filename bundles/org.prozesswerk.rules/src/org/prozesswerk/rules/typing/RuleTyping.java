/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.typing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.rules.rules.AttributeValue;
import org.prozesswerk.rules.rules.Binary;
import org.prozesswerk.rules.rules.BooleanLiteral;
import org.prozesswerk.rules.rules.CatalogueReferences;
import org.prozesswerk.rules.rules.Count;
import org.prozesswerk.rules.rules.Definition;
import org.prozesswerk.rules.rules.Element;
import org.prozesswerk.rules.rules.Exists;
import org.prozesswerk.rules.rules.Expression;
import org.prozesswerk.rules.rules.ForAll;
import org.prozesswerk.rules.rules.HasCatalogueReference;
import org.prozesswerk.rules.rules.Length;
import org.prozesswerk.rules.rules.Matches;
import org.prozesswerk.rules.rules.MemberAccess;
import org.prozesswerk.rules.rules.Not;
import org.prozesswerk.rules.rules.NumberLiteral;
import org.prozesswerk.rules.rules.RegisterRef;
import org.prozesswerk.rules.rules.Rule;
import org.prozesswerk.rules.rules.Self;
import org.prozesswerk.rules.rules.StringLiteral;
import org.prozesswerk.rules.rules.Symbol;
import org.prozesswerk.rules.rules.Test;
import org.prozesswerk.rules.rules.Variable;

/**
 * Static types of rule expressions, shared by scoping (what may follow a '.'), validation and the compiler. Works
 * on partially linked models: an unresolved name has the {@link RuleType#UNKNOWN} type.
 */
public final class RuleTyping {

    private RuleTyping() {
    }

    /** The element type the expression is evaluated for: the {@code für} type of its rule or condition. */
    public static EClass contextType(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            EClass type = current instanceof Rule rule ? rule.getType()
                    : current instanceof Definition definition ? definition.getType() : null;
            if (current instanceof Rule || current instanceof Definition) {
                return type == null || type.eIsProxy() ? null : type;
            }
        }
        return null;
    }

    /** The quantifier variables visible at {@code context}: those whose body (not source) encloses it. */
    public static List<Variable> visibleVariables(EObject context) {
        List<Variable> result = new ArrayList<>();
        EObject child = null;
        for (EObject current = context; current != null; child = current, current = current.eContainer()) {
            Variable variable = null;
            Expression source = null;
            if (current instanceof ForAll forAll) {
                variable = forAll.getVariable();
                source = forAll.getSource();
            } else if (current instanceof Exists exists) {
                variable = exists.getVariable();
                source = exists.getSource();
            } else if (current instanceof Count count) {
                variable = count.getVariable();
                source = count.getSource();
            }
            if (variable != null && child != null && child != source && child != variable) {
                result.add(variable);
            }
        }
        return result;
    }

    public static RuleType typeOf(Expression expression) {
        if (expression == null) {
            return RuleType.UNKNOWN;
        }
        if (expression instanceof StringLiteral) {
            return RuleType.STRING;
        }
        if (expression instanceof NumberLiteral || expression instanceof Count || expression instanceof Length) {
            return RuleType.NUMBER;
        }
        if (expression instanceof BooleanLiteral || expression instanceof Not || expression instanceof Test
                || expression instanceof Matches || expression instanceof HasCatalogueReference
                || expression instanceof ForAll || expression instanceof Exists) {
            return RuleType.BOOLEAN;
        }
        if (expression instanceof Binary binary) {
            return "+".equals(binary.getOp()) || "-".equals(binary.getOp()) ? RuleType.NUMBER : RuleType.BOOLEAN;
        }
        if (expression instanceof Self) {
            EClass type = contextType(expression);
            return type == null ? RuleType.UNKNOWN : RuleType.object(type, false);
        }
        if (expression instanceof RegisterRef) {
            return RuleType.object(ProzesswerkPackage.Literals.PROCESS_REGISTER, false);
        }
        if (expression instanceof AttributeValue) {
            return RuleType.STRING;
        }
        if (expression instanceof CatalogueReferences) {
            return RuleType.object(ProzesswerkPackage.Literals.CATALOGUE_REFERENCE, true);
        }
        if (expression instanceof Element element) {
            return typeOf(element.getSource()).element();
        }
        if (expression instanceof Symbol symbol) {
            return typeOfTarget(symbol.getSymbol());
        }
        if (expression instanceof MemberAccess access) {
            return typeOfTarget(access.getMember());
        }
        return RuleType.UNKNOWN;
    }

    /** The type of what a name links to: a variable, a feature, a condition or an enumeration literal. */
    public static RuleType typeOfTarget(EObject target) {
        if (target == null || target.eIsProxy()) {
            return RuleType.UNKNOWN;
        }
        if (target instanceof Variable variable) {
            return typeOf(sourceOf(variable)).element();
        }
        if (target instanceof EStructuralFeature feature) {
            RuleType type = typeOfClassifier(feature.getEType());
            return feature.isMany() ? type.asMany() : type;
        }
        if (target instanceof EEnumLiteral literal) {
            return RuleType.enumeration(literal.getEEnum());
        }
        if (target instanceof Definition) {
            return RuleType.BOOLEAN;
        }
        return RuleType.UNKNOWN;
    }

    /** The collection a quantifier variable runs over. */
    public static Expression sourceOf(Variable variable) {
        EObject container = variable.eContainer();
        return container instanceof ForAll forAll ? forAll.getSource()
                : container instanceof Exists exists ? exists.getSource()
                : container instanceof Count count ? count.getSource() : null;
    }

    public static RuleType typeOfClassifier(EClassifier classifier) {
        if (classifier instanceof EClass eClass) {
            return RuleType.object(eClass, false);
        }
        if (classifier instanceof EEnum eEnum) {
            return RuleType.enumeration(eEnum);
        }
        if (classifier instanceof EDataType dataType) {
            Class<?> type = dataType.getInstanceClass();
            if (type == String.class) {
                return RuleType.STRING;
            }
            if (type == boolean.class || type == Boolean.class) {
                return RuleType.BOOLEAN;
            }
            if (type == Date.class) {
                return RuleType.DATE;
            }
            if (type != null && (type.isPrimitive() && type != char.class || Number.class.isAssignableFrom(type)
                    || type == BigDecimal.class || type == BigInteger.class)) {
                return RuleType.NUMBER;
            }
        }
        return RuleType.UNKNOWN;
    }

    /** Whether objects of {@code actual} may be used where {@code expected} is required. */
    public static boolean conforms(EClass actual, EClass expected) {
        return actual != null && expected != null && (actual == expected || expected.isSuperTypeOf(actual));
    }
}
