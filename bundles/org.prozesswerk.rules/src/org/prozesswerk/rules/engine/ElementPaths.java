/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * Human-readable element paths, the same in the workbench, the CLI and test oracles:
 * {@code Register/Ordner/Unterordner/Steckbrief KEY}, {@code Register/OE 32}, ... .
 */
public final class ElementPaths {

    private ElementPaths() {
    }

    public static String of(EObject element) {
        List<String> segments = new ArrayList<>();
        for (EObject current = element; current != null; current = current.eContainer()) {
            segments.add(segment(current));
        }
        Collections.reverse(segments);
        return String.join("/", segments);
    }

    /** The segment of one element: its name or key, else its class and position in its container. */
    public static String segment(EObject element) {
        if (element instanceof ProcessRegister register) {
            return firstOf(register.getName(), register.getId(), "Register");
        }
        if (element instanceof Folder folder) {
            return firstOf(folder.getName(), folder.getId(), "Ordner " + index(folder));
        }
        if (element instanceof ProcessProfile profile) {
            return "Steckbrief " + firstOf(profile.getKey(), profile.getName(), profile.getId(), "#" + index(profile));
        }
        if (element instanceof OrgUnit unit) {
            return "OE " + firstOf(unit.getShortCode(), unit.getName(), unit.getId(), "#" + index(unit));
        }
        return element.eClass().getName() + " " + index(element);
    }

    private static String index(EObject element) {
        EStructuralFeature feature = element.eContainingFeature();
        if (feature == null || !feature.isMany()) {
            return "1";
        }
        return String.valueOf(((List<?>) element.eContainer().eGet(feature)).indexOf(element) + 1);
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip().replace('/', '\u2215');
            }
        }
        return "";
    }
}
