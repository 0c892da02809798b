/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.TestRegisters.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.InProcessCli;

/** {@code prozesswerk method-profile export|import} in-process, on real files, with the German texts (-nl de). */
class MethodProfileCommandTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    private Path register(String name, AttributeDefinition... definitions) throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId("reg-" + name);
        register.setName(name);
        register.getAttributeDefinitions().addAll(List.of(definitions));
        Path file = dir.resolve(name + ".pwreg");
        RegisterStore.save(register, file);
        return file;
    }

    @Test
    void exportThenImportIntoAnotherRegister() throws Exception {
        AttributeDefinition level = definition("ebene", "Zuständigkeitsebene", AttributeType.ENUMERATION, true);
        level.getAllowedValues().addAll(List.of("Land", "Kommune"));
        Path land = register("Land", level, definition("notiz", "Notiz", AttributeType.RICH_TEXT, false));
        Path town = register("Gemeinde", definition("eigen", "Eigenes", AttributeType.TEXT, false));
        Path profile = dir.resolve("land.methodenprofil.json");

        assertEquals(0, cli.run("method-profile", "export", land.toString(), profile.toString()), cli.err());
        assertEquals("2 Attributdefinitionen von " + land + " nach " + profile + " geschrieben\n", cli.out());

        assertEquals(0, cli.run("method-profile", "import", profile.toString(), town.toString()), cli.err());
        assertEquals(profile + " auf " + town + " angewendet: 2 Attribute hinzugefügt, 0 geändert\n"
                + "  nicht übernommen: Attribut „Eigenes“ (eigen) steht nicht im Profil und bleibt erhalten\n",
                cli.out());
        ProcessRegister saved = RegisterStore.load(town);
        assertEquals(List.of("ebene", "notiz", "eigen"),
                saved.getAttributeDefinitions().stream().map(AttributeDefinition::getId).toList());
        assertEquals(List.of("Land", "Kommune"), saved.getAttributeDefinitions().get(0).getAllowedValues());
        assertTrue(saved.getAttributeDefinitions().get(0).isRequired());
    }

    @Test
    void aBadProfileChangesNothingAndExitsWithTwo() throws Exception {
        Path town = register("Gemeinde", definition("eigen", "Eigenes", AttributeType.TEXT, false));
        byte[] before = Files.readAllBytes(town);
        Path bad = dir.resolve("kaputt.json");
        Files.writeString(bad, "{\"format\": \"prozesswerk-methodenprofil/1\", \"attributes\": "
                + "[{\"id\": \"x\", \"label\": \"X\", \"type\": \"FARBE\"}]}");
        assertEquals(2, cli.run("method-profile", "import", bad.toString(), town.toString()));
        assertTrue(cli.err().contains("kaputt.json, Attribut 1 „X“, Feld „type“: unbekannter Typ „FARBE“"),
                cli.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(town)), "the register is untouched");
    }
}
