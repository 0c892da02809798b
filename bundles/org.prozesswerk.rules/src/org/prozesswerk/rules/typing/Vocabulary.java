/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.typing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * The names rule files use for the register metamodel: every class under its metamodel name, the four element
 * types a methodology team talks about also under their German names, and all enumeration literals.
 */
public final class Vocabulary {

    /** The metamodel rules are written against. */
    public static final EPackage PACKAGE = ProzesswerkPackage.eINSTANCE;

    private static final Map<String, EClass> ALIASES;

    static {
        Map<String, EClass> aliases = new LinkedHashMap<>();
        aliases.put("Steckbrief", ProzesswerkPackage.Literals.PROCESS_PROFILE);
        aliases.put("Organisationseinheit", ProzesswerkPackage.Literals.ORG_UNIT);
        aliases.put("Ordner", ProzesswerkPackage.Literals.FOLDER);
        aliases.put("Register", ProzesswerkPackage.Literals.PROCESS_REGISTER);
        ALIASES = Collections.unmodifiableMap(aliases);
    }

    private Vocabulary() {
    }

    /** German names of element types, in documentation order. */
    public static Map<String, EClass> aliases() {
        return ALIASES;
    }

    /** Every name an element type can be written with: German aliases first, then the class names. */
    public static Map<String, EClass> classNames() {
        Map<String, EClass> result = new LinkedHashMap<>(ALIASES);
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                result.putIfAbsent(eClass.getName(), eClass);
            }
        }
        return result;
    }

    /** All literals of all enumerations of the metamodel. Their names are unique across enumerations. */
    public static List<EEnumLiteral> enumLiterals() {
        List<EEnumLiteral> result = new ArrayList<>();
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum) {
                result.addAll(eEnum.getELiterals());
            }
        }
        return result;
    }

    /** "Steckbrief (ProcessProfile)" for aliased classes, the class name otherwise. */
    public static String displayName(EClass eClass) {
        for (Map.Entry<String, EClass> alias : ALIASES.entrySet()) {
            if (alias.getValue() == eClass) {
                return alias.getKey() + " (" + eClass.getName() + ")";
            }
        }
        return eClass == null ? "?" : eClass.getName();
    }
}
