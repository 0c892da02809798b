/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.text.Normalizer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.method.internal.Messages;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;

/**
 * The EMF commands (each one undoable step) of the method configuration (Methodenprofil): the register's attribute
 * definitions — add, rename, reorder, type, required, allowed values, help text, folders and process types they
 * apply to, delete with their values — and the hours per full-time equivalent of the capacity figures. Commands are
 * returned, not executed.
 */
public final class AttributeDefinitionCommands {

    private AttributeDefinitionCommands() {
    }

    /** A new definition (type TEXT, not required) with a fresh id derived from {@code label}, at the end. */
    public static Command add(EditingDomain domain, ProcessRegister register, String label, AttributeType type) {
        AttributeDefinition definition = ProzesswerkFactory.eINSTANCE.createAttributeDefinition();
        definition.setId(freshId(register, label));
        definition.setLabelDe(label);
        definition.setType(type == null ? AttributeType.TEXT : type);
        return labelled(AddCommand.create(domain, register, Literals.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS,
                definition), NLS.bind(Messages.Command_Add, label));
    }

    /**
     * An id for a new definition: the label in lower case, umlauts spelled out, other characters as {@code -}; a
     * number appended if the register has it already.
     */
    public static String freshId(ProcessRegister register, String label) {
        String base = Normalizer.normalize(String.valueOf(label).toLowerCase(Locale.ROOT).replace("ä", "ae")
                .replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "attribut";
        }
        Set<String> taken = new HashSet<>();
        register.getAttributeDefinitions().forEach(d -> taken.add(d.getId()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + '-' + n;
        }
        return id;
    }

    /** Sets a single-valued feature of the definition (label, type, required, help text). */
    public static Command set(EditingDomain domain, AttributeDefinition definition, EStructuralFeature feature,
            Object value) {
        return SetCommand.create(domain, definition, feature, value);
    }

    /** Renames the definition (its German label; the id stays, so values and rules keep their link). */
    public static Command rename(EditingDomain domain, AttributeDefinition definition, String label) {
        return labelled(set(domain, definition, Literals.ATTRIBUTE_DEFINITION__LABEL_DE, label),
                NLS.bind(Messages.Command_Rename, label));
    }

    /**
     * Replaces a many-valued feature of the definition (allowed values, folders, process types) by {@code values}, in
     * their order.
     */
    public static Command setList(EditingDomain domain, AttributeDefinition definition, EStructuralFeature feature,
            Collection<?> values) {
        return SetCommand.create(domain, definition, feature, new ArrayList<>(values));
    }

    /** Moves the definition to {@code index} in the register's order (the order of the Attribute page). */
    public static Command move(EditingDomain domain, ProcessRegister register, AttributeDefinition definition,
            int index) {
        int size = register.getAttributeDefinitions().size();
        if (index < 0 || index >= size || register.getAttributeDefinitions().indexOf(definition) == index) {
            return UnexecutableCommand.INSTANCE;
        }
        return MoveCommand.create(domain, register, Literals.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS, definition,
                index);
    }

    /** The values Steckbriefe of the register hold for {@code definition}. */
    public static List<AttributeValue> values(ProcessRegister register, AttributeDefinition definition) {
        List<AttributeValue> result = new ArrayList<>();
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof ProcessProfile profile) {
                for (AttributeValue value : profile.getAttributeValues()) {
                    if (value.getDefinition() == definition) {
                        result.add(value);
                    }
                }
                it.prune(); // values sit directly in the profile
            }
        }
        return result;
    }

    /**
     * Deletes the definition and every value the Steckbriefe hold for it, in one step. The caller asks first if
     * {@link #values(ProcessRegister, AttributeDefinition)} is not empty.
     */
    public static Command delete(EditingDomain domain, ProcessRegister register, AttributeDefinition definition) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_Delete, definition.getLabelDe()));
        for (AttributeValue value : values(register, definition)) {
            command.append(RemoveCommand.create(domain, value.eContainer(),
                    Literals.PROCESS_PROFILE__ATTRIBUTE_VALUES, value));
        }
        command.append(RemoveCommand.create(domain, register, Literals.PROCESS_REGISTER__ATTRIBUTE_DEFINITIONS,
                definition));
        return command;
    }

    /** Sets the net working hours per full-time equivalent (must be a positive finite number). */
    public static Command setHoursPerFte(EditingDomain domain, ProcessRegister register, double hours) {
        if (!(hours > 0) || Double.isInfinite(hours)) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, register, Literals.PROCESS_REGISTER__HOURS_PER_FULL_TIME_EQUIVALENT, hours);
    }

    private static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
