/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;

/**
 * A register's method configuration (Methodenprofil) detached from the register, as it travels in a file: the
 * attribute definitions in their order and the hours per full-time equivalent. Folders are named by their path of
 * names ({@code /Ordner/Unterordner}), so a profile applies to another register with the same folder structure.
 *
 * @param name                       what the profile is (e.g. the register it came from), may be {@code null}
 * @param hoursPerFullTimeEquivalent net working hours per full-time equivalent; {@code null}: not part of the profile
 * @param attributes                 the attribute definitions in order
 */
public record MethodProfile(String name, Double hoursPerFullTimeEquivalent, List<Attribute> attributes) {

    /** One attribute definition; lists are never {@code null}. */
    public record Attribute(String id, String label, String labelEn, AttributeType type, boolean required,
            List<String> allowedValues, String helpText, List<String> folders, List<ProcessType> processTypes) {

        public Attribute {
            allowedValues = List.copyOf(allowedValues);
            folders = List.copyOf(folders);
            processTypes = List.copyOf(processTypes);
        }
    }

    public MethodProfile {
        attributes = List.copyOf(attributes);
    }

    /** The method configuration of {@code register}. */
    public static MethodProfile of(ProcessRegister register) {
        List<Attribute> attributes = new ArrayList<>();
        for (AttributeDefinition d : register.getAttributeDefinitions()) {
            List<String> folders = d.getFolders().stream().map(MethodProfile::path).toList();
            attributes.add(new Attribute(d.getId(), d.getLabelDe(), d.getLabelEn(),
                    d.getType() == null ? AttributeType.TEXT : d.getType(), d.isRequired(), d.getAllowedValues(),
                    d.getHelpText(), folders, d.getProcessTypes()));
        }
        Double hours = register.eIsSet(org.prozesswerk.model.ProzesswerkPackage.Literals
                .PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT) ? register.getHoursPerFullTimeEquivalent() : null;
        return new MethodProfile(register.getName(), hours, attributes);
    }

    /** A folder's path of names from the register root, e.g. {@code /Bürgerdienste/Meldewesen}. */
    public static String path(Folder folder) {
        StringBuilder path = new StringBuilder();
        for (EObject c = folder; c instanceof Folder f; c = c.eContainer()) {
            path.insert(0, "/" + f.getName());
        }
        return path.toString();
    }
}
