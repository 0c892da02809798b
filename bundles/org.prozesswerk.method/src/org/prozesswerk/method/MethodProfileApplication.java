/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.method.internal.Messages;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;

/**
 * Applies a method profile to a register (a state hands its method configuration to a municipality): one EMF command
 * that adds the profile's attribute definitions the register lacks, brings those with the same id in line (label,
 * type, required, allowed values, help text, folders, process types), orders them as the profile does (the register's
 * own definitions follow) and sets the hours per full-time equivalent. What cannot be applied is reported, never
 * dropped silently: folders the register does not have, a type change of a definition that already has values, and
 * the register's own definitions the profile does not name (they stay).
 *
 * @param command    the command, not executed; {@link Command#canExecute()} is false if nothing changes
 * @param added      how many definitions the command adds
 * @param changed    how many existing definitions it changes
 * @param notApplied German messages, one per thing not applied
 */
public record MethodProfileApplication(Command command, int added, int changed, List<String> notApplied) {

    /** Plans the application of {@code profile} to {@code register}. */
    public static MethodProfileApplication plan(EditingDomain domain, ProcessRegister register,
            MethodProfile profile) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_Apply,
                profile.name() == null ? "" : profile.name()));
        List<String> notApplied = new ArrayList<>();
        Map<String, Folder> folders = folders(register);
        Map<String, AttributeDefinition> existing = new HashMap<>();
        register.getAttributeDefinitions().forEach(d -> existing.put(d.getId(), d));
        Set<AttributeDefinition> order = new LinkedHashSet<>();
        int added = 0;
        int changed = 0;
        for (MethodProfile.Attribute a : profile.attributes()) {
            List<Folder> targetFolders = new ArrayList<>();
            for (String path : a.folders()) {
                Folder folder = folders.get(path);
                if (folder == null) {
                    notApplied.add(NLS.bind(Messages.Apply_NoFolder, a.label(), path));
                } else {
                    targetFolders.add(folder);
                }
            }
            if (!a.folders().isEmpty() && targetFolders.isEmpty()) {
                notApplied.add(NLS.bind(Messages.Apply_AllFolders, a.label()));
            }
            AttributeDefinition definition = existing.get(a.id());
            if (definition == null) {
                definition = ProzesswerkFactory.eINSTANCE.createAttributeDefinition();
                definition.setId(a.id());
                definition.setLabelDe(a.label());
                definition.setLabelEn(a.labelEn());
                definition.setType(a.type());
                definition.setRequired(a.required());
                definition.getAllowedValues().addAll(a.allowedValues());
                definition.setHelpText(a.helpText());
                definition.getFolders().addAll(targetFolders);
                definition.getProcessTypes().addAll(a.processTypes());
                added++;
            } else {
                int before = command.getCommandList().size();
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__LABEL_DE, a.label());
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__LABEL_EN, a.labelEn());
                AttributeType type = definition.getType() == null ? AttributeType.TEXT : definition.getType();
                if (type != a.type()) {
                    int values = AttributeDefinitionCommands.values(register, definition).size();
                    if (values > 0) {
                        notApplied.add(NLS.bind(Messages.Apply_TypeKept, new Object[] { a.label(), type.getLiteral(),
                                a.type().getLiteral(), values }));
                    } else {
                        set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__TYPE, a.type());
                    }
                }
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__REQUIRED, a.required());
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__ALLOWED_VALUES, a.allowedValues());
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__HELP_TEXT, a.helpText());
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__FOLDERS, targetFolders);
                set(command, domain, definition, Literals.ATTRIBUTE_DEFINITION__PROCESS_TYPES, a.processTypes());
                if (command.getCommandList().size() > before) {
                    changed++;
                }
            }
            order.add(definition);
        }
        for (AttributeDefinition own : register.getAttributeDefinitions()) {
            if (order.add(own)) {
                notApplied.add(NLS.bind(Messages.Apply_OwnKept, own.getLabelDe(), own.getId()));
            }
        }
        List<AttributeDefinition> newOrder = new ArrayList<>(order);
        if (!newOrder.equals(register.getAttributeDefinitions())) {
            command.append(SetCommand.create(domain, register, Literals.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS,
                    newOrder));
        }
        Double hours = profile.hoursPerFullTimeEquivalent();
        if (hours != null && (!register.eIsSet(Literals.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT)
                || register.getHoursPerFullTimeEquivalent() != hours)) {
            command.append(AttributeDefinitionCommands.setHoursPerFte(domain, register, hours));
        }
        return new MethodProfileApplication(command, added, changed, List.copyOf(notApplied));
    }

    private static void set(CompoundCommand command, EditingDomain domain, AttributeDefinition definition,
            EStructuralFeature feature, Object value) {
        Object current = definition.eGet(feature);
        boolean same = feature.isMany() ? new ArrayList<>((List<?>) current).equals(value)
                : Objects.equals(current, value);
        if (!same) {
            command.append(SetCommand.create(domain, definition, feature,
                    feature.isMany() ? new ArrayList<>((List<?>) value) : value));
        }
    }

    /** The register's folders by path ({@link MethodProfile#path(Folder)}); the first of equal paths wins. */
    private static Map<String, Folder> folders(ProcessRegister register) {
        Map<String, Folder> result = new HashMap<>();
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Folder folder) {
                result.putIfAbsent(MethodProfile.path(folder), folder);
            } else if (!(next instanceof ProcessRegister)) {
                it.prune();
            }
        }
        return result;
    }
}
