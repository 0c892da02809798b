/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.TestRegisters.definition;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.profile;
import static org.prozesswerk.tests.support.TestRegisters.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.method.MethodProfile;
import org.prozesswerk.method.MethodProfileApplication;
import org.prozesswerk.method.MethodProfileException;
import org.prozesswerk.method.MethodProfileFile;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * A state exports its method profile to a file and a municipality applies it to its own register: the file round
 * trip, the strict reader's German messages, and what the application adds, changes, keeps and reports.
 */
class MethodProfileFileTest {

    @TempDir
    Path dir;

    /** The state's register: three attributes, one per folder, one per process type, 1,720 h per FTE. */
    private static ProcessRegister state() {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setName("Land Beispiel");
        register.setHoursPerFullTimeEquivalent(1720);
        Folder ordnung = folder("f1", "Ordnung");
        Folder gewerbe = folder("f2", "Gewerbe");
        ordnung.getFolders().add(gewerbe);
        register.getRootFolders().add(ordnung);
        AttributeDefinition level = definition("ebene", "Zuständigkeitsebene", AttributeType.ENUMERATION, true);
        level.getAllowedValues().addAll(List.of("Land", "Kreis", "Gemeinde"));
        level.setHelpText("Wer den Prozess ausführt.");
        AttributeDefinition permit = definition("erlaubnis", "Erlaubnispflicht", AttributeType.BOOLEAN, false);
        permit.getFolders().add(gewerbe);
        AttributeDefinition kpi = definition("kennzahl", "Kennzahl", AttributeType.NUMBER, false);
        kpi.getProcessTypes().add(ProcessType.MANAGEMENT);
        register.getAttributeDefinitions().addAll(List.of(level, permit, kpi));
        return register;
    }

    @Test
    void exportAndReadGiveTheSameProfile() throws Exception {
        MethodProfile profile = MethodProfile.of(state());
        Path file = dir.resolve("land.methodenprofil.json");
        MethodProfileFile.write(profile, file);
        assertEquals(profile, MethodProfileFile.read(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\": \"prozesswerk-methodenprofil/1\""), text);
        assertTrue(text.contains("\"folders\": [\n        \"/Ordnung/Gewerbe\"\n      ]"), text);
        assertEquals(1720.0, profile.hoursPerFullTimeEquivalent());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    private MethodProfileException bad(String json) throws IOException {
        Path file = dir.resolve("profil.json");
        Files.writeString(file, json);
        return assertThrows(MethodProfileException.class, () -> MethodProfileFile.read(file));
    }

    private static final String GOOD_ATTRIBUTE = "{\"id\": \"a\", \"label\": \"A\", \"type\": \"TEXT\"}";

    @Test
    void badFilesAreRefusedWithGermanMessagesNamingFileAttributeAndField() throws Exception {
        assertEquals(List.of("profil.json, Zeile 1, Spalte 12: kein gültiges JSON"),
                bad("{\"format\": }").problems());
        assertEquals(List.of("profil.json: „format“ ist „xprozess“, erwartet „prozesswerk-methodenprofil/1“ "
                + "(keine Methodenprofil-Datei?)"),
                bad("{\"format\": \"xprozess\", \"attributes\": []}").problems());
        assertEquals(List.of("profil.json, Attribut 2 „Größe“, Feld „type“: unbekannter Typ „ZAHL“ (erlaubt: TEXT, "
                + "RICH_TEXT, NUMBER, DATE, ENUMERATION, BOOLEAN, LINK, REFERENCE)"),
                bad("{\"format\": \"prozesswerk-methodenprofil/1\", \"attributes\": [" + GOOD_ATTRIBUTE
                        + ", {\"id\": \"g\", \"label\": \"Größe\", \"type\": \"ZAHL\"}]}").problems());
        assertEquals(List.of("profil.json, Attribut 2 „A“: die Kennung a steht zweimal in der Datei"),
                bad("{\"format\": \"prozesswerk-methodenprofil/1\", \"attributes\": [" + GOOD_ATTRIBUTE + ", "
                        + GOOD_ATTRIBUTE + "]}").problems());
        List<String> several = bad("{\"format\": \"prozesswerk-methodenprofil/1\", \"farbe\": 1, "
                + "\"hoursPerFullTimeEquivalent\": -5, \"attributes\": [{\"id\": \"l\", \"label\": \"Liste\", "
                + "\"type\": \"ENUMERATION\", \"required\": \"ja\", \"processTypes\": [\"KERN\"], "
                + "\"folders\": [\"Ordnung\"]}]}").problems();
        assertEquals(List.of(
                "profil.json: unbekanntes Feld „farbe“ (bekannt: attributes, format, hoursPerFullTimeEquivalent, name)",
                "profil.json, Feld „hoursPerFullTimeEquivalent“: eine positive Zahl ist nötig, nicht -5",
                "profil.json, Attribut 1 „Liste“, Feld „required“: true oder false erwartet",
                "profil.json, Attribut 1 „Liste“: eine Auswahlliste (ENUMERATION) braucht erlaubte Werte",
                "profil.json, Attribut 1 „Liste“, Feld „folders“: „Ordnung“ ist kein Ordnerpfad wie /Ordner/Unterordner",
                "profil.json, Attribut 1 „Liste“, Feld „processTypes“: unbekannter Prozesstyp „KERN“ (erlaubt: CORE, "
                        + "SUPPORT, MANAGEMENT)"), several);
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"name\": \"Gr\u00f6\u00dfe\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("latin1.json: kein UTF-8-Text"),
                assertThrows(MethodProfileException.class, () -> MethodProfileFile.read(latin1)).problems());
    }

    /** The municipality's register: its own attribute, the level with a value under another type, no Gewerbe. */
    @Test
    void applyingAddsChangesOrdersAndReportsWhatWasNotApplied() throws Exception {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        CommandStack stack = domain.getCommandStack();
        ProcessRegister town = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        domain.getResourceSet().createResource(URI.createFileURI("/tmp/town.pwreg")).getContents().add(town);
        Folder ordnung = folder("t1", "Ordnung");
        town.getRootFolders().add(ordnung);
        AttributeDefinition own = definition("eigenes", "Eigenes Feld", AttributeType.TEXT, false);
        AttributeDefinition level = definition("ebene", "Ebene", AttributeType.TEXT, false);
        town.getAttributeDefinitions().addAll(List.of(own, level));
        ProcessProfile p = profile("p", "PW-1", "Gewerbe anmelden");
        ordnung.getProfiles().add(p);
        p.getAttributeValues().add(value(level, "Gemeinde"));

        MethodProfile profile = MethodProfile.of(state());
        MethodProfileApplication application = MethodProfileApplication.plan(domain, town, profile);
        assertEquals(2, application.added());
        assertEquals(1, application.changed());
        assertEquals(List.of(
                "Attribut „Zuständigkeitsebene“: Typ bleibt TEXT statt ENUMERATION, weil 1 Steckbriefe Werte dafür haben",
                "Attribut „Erlaubnispflicht“: dieses Register hat keinen Ordner /Ordnung/Gewerbe",
                "Attribut „Erlaubnispflicht“: keinen seiner Ordner gibt es hier; es gilt in diesem Register für alle "
                        + "Ordner",
                "Attribut „Eigenes Feld“ (eigenes) steht nicht im Profil und bleibt erhalten"),
                application.notApplied());
        assertTrue(town.getAttributeDefinitions().size() == 2, "planning changes nothing");
        stack.execute(application.command());
        assertEquals(List.of("ebene", "erlaubnis", "kennzahl", "eigenes"),
                town.getAttributeDefinitions().stream().map(AttributeDefinition::getId).toList());
        assertSame(level, town.getAttributeDefinitions().get(0), "the same definition, its values keep their link");
        assertEquals("Zuständigkeitsebene", level.getLabelDe());
        assertTrue(level.isRequired());
        assertEquals(AttributeType.TEXT, level.getType());
        assertEquals(List.of("Land", "Kreis", "Gemeinde"), level.getAllowedValues());
        assertEquals("Wer den Prozess ausführt.", level.getHelpText());
        assertEquals(List.of(ProcessType.MANAGEMENT), town.getAttributeDefinitions().get(2).getProcessTypes());
        assertEquals(1720.0, town.getHoursPerFullTimeEquivalent());
        assertFalse(MethodProfileApplication.plan(domain, town, profile).command().canExecute(),
                "applying the same profile again changes nothing");
        stack.undo();
        assertEquals(List.of(own, level), town.getAttributeDefinitions());
        assertEquals("Ebene", level.getLabelDe());
        assertFalse(level.isRequired());
        assertEquals(1600.0, town.getHoursPerFullTimeEquivalent());
    }
}
