/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.TestRegisters.definition;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.profile;
import static org.prozesswerk.tests.support.TestRegisters.value;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.method.AttributeDefinitionCommands;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;

/** Every edit of the method configuration is one command that undo takes back completely. */
class AttributeDefinitionCommandsTest {

    private final AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
    private final CommandStack stack = domain.getCommandStack();
    private final ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
    private final AttributeDefinition priority = definition("prio", "Priorität", AttributeType.ENUMERATION, true);
    private final AttributeDefinition note = definition("note", "Notiz", AttributeType.TEXT, false);
    private final Folder bauen = folder("f-bauen", "Bauen");
    private final ProcessProfile p1 = profile("p1", "PW-1", "Abbruch");
    private final ProcessProfile p2 = profile("p2", "PW-2", "Neubau");

    AttributeDefinitionCommandsTest() {
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI("/tmp/methodtest.pwreg"));
        resource.getContents().add(register);
        register.getAttributeDefinitions().addAll(List.of(priority, note));
        register.getRootFolders().add(bauen);
        bauen.getProfiles().addAll(List.of(p1, p2));
        p1.getAttributeValues().add(value(priority, "hoch"));
        p1.getAttributeValues().add(value(note, "x"));
        p2.getAttributeValues().add(value(priority, "niedrig"));
    }

    private void run(Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
    }

    @Test
    void addGivesAFreshIdFromTheLabel() {
        run(AttributeDefinitionCommands.add(domain, register, "Größe der Behörde", AttributeType.NUMBER));
        run(AttributeDefinitionCommands.add(domain, register, "Größe der Behörde", AttributeType.NUMBER));
        assertEquals(List.of("prio", "note", "groesse-der-behoerde", "groesse-der-behoerde-2"),
                register.getAttributeDefinitions().stream().map(AttributeDefinition::getId).toList());
        assertEquals(AttributeType.NUMBER, register.getAttributeDefinitions().get(2).getType());
        stack.undo();
        stack.undo();
        assertEquals(2, register.getAttributeDefinitions().size());
    }

    @Test
    void renameTypeRequiredHelpScopeAndOrderAreUndoable() {
        run(AttributeDefinitionCommands.rename(domain, note, "Bemerkung"));
        run(AttributeDefinitionCommands.set(domain, note, Literals.ATTRIBUTE_DEFINITION__TYPE,
                AttributeType.RICH_TEXT));
        run(AttributeDefinitionCommands.set(domain, note, Literals.ATTRIBUTE_DEFINITION__REQUIRED, true));
        run(AttributeDefinitionCommands.set(domain, note, Literals.ATTRIBUTE_DEFINITION__HELP_TEXT, "Frei"));
        run(AttributeDefinitionCommands.setList(domain, priority, Literals.ATTRIBUTE_DEFINITION__ALLOWED_VALUES,
                List.of("hoch", "niedrig")));
        run(AttributeDefinitionCommands.setList(domain, note, Literals.ATTRIBUTE_DEFINITION__PROCESS_TYPES,
                List.of(ProcessType.SUPPORT)));
        run(AttributeDefinitionCommands.setList(domain, note, Literals.ATTRIBUTE_DEFINITION__FOLDERS,
                List.of(bauen)));
        run(AttributeDefinitionCommands.move(domain, register, note, 0));
        assertEquals(List.of(note, priority), register.getAttributeDefinitions());
        assertEquals("Bemerkung", note.getLabelDe());
        assertEquals(List.of("hoch", "niedrig"), priority.getAllowedValues());
        p1.setProcessType(ProcessType.CORE);
        assertEquals(List.of(priority), p1.getApplicableAttributeDefinitions()); // note: support processes only
        assertFalse(AttributeDefinitionCommands.move(domain, register, note, 0).canExecute());
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(List.of(priority, note), register.getAttributeDefinitions());
        assertEquals("Notiz", note.getLabelDe());
        assertEquals(AttributeType.TEXT, note.getType());
        assertFalse(note.isRequired());
        assertNull(note.getHelpText());
        assertTrue(note.getProcessTypes().isEmpty());
        assertTrue(note.getFolders().isEmpty());
        assertEquals(List.of(), priority.getAllowedValues());
        stack.redo();
        assertEquals("Bemerkung", note.getLabelDe());
    }

    @Test
    void deleteRemovesTheValuesInOneStepAndUndoBringsThemBack() {
        assertEquals(2, AttributeDefinitionCommands.values(register, priority).size());
        run(AttributeDefinitionCommands.delete(domain, register, priority));
        assertEquals(List.of(note), register.getAttributeDefinitions());
        assertEquals(1, p1.getAttributeValues().size());
        assertTrue(p2.getAttributeValues().isEmpty());
        stack.undo();
        assertEquals(List.of(priority, note), register.getAttributeDefinitions());
        assertSame(priority, p2.getAttributeValues().get(0).getDefinition());
        assertEquals("hoch", p1.getAttributeValues().get(0).getValue());
        assertFalse(stack.canUndo());
    }

    @Test
    void hoursPerFteComeFromTheRegister() {
        p1.setCaseVolumePerYear(1600);
        p1.setProcessingMinutesPerCase(60); // 1,600 h a year
        assertEquals(1600.0, RegisterStatistics.hoursPerFte(register));
        assertEquals(1.0, RegisterStatistics.compute(register).totalFte(), 1e-9);
        run(AttributeDefinitionCommands.setHoursPerFte(domain, register, 800));
        assertEquals(2.0, RegisterStatistics.compute(register).totalFte(), 1e-9);
        assertFalse(AttributeDefinitionCommands.setHoursPerFte(domain, register, 0).canExecute());
        assertFalse(AttributeDefinitionCommands.setHoursPerFte(domain, register, Double.NaN).canExecute());
        stack.undo();
        assertEquals(1.0, RegisterStatistics.compute(register).totalFte(), 1e-9);
    }
}
