package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Strings through the binary format, whose reader takes Latin-1 strings from its buffer in one piece and everything
 * else character by character (RegisterBinaryResource.LatinStringInput).
 */
class BinaryStringsTest {

    @TempDir
    Path dir;

    private static final List<String> SAMPLES = List.of("", "Gewerbeanmeldung", "Straße, Maß, Übergröße – §",
            "ÿ\u0080\u00a0 Latin-1 am Rand", "Preis 5 €", "a\u0000b", "\u0000", "€ vorn", "hinten €",
            "Emoji 🙂 und ő", "Zeile 1\nZeile 2\tTab", "x".repeat(70_000), "ä".repeat(70_000) + "€");

    @Test
    void everyKindOfStringSurvivesTheBinaryFormat() throws Exception {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        ProcessRegister register = f.createProcessRegister();
        register.setId("reg");
        register.setName("Zeichen");
        Folder folder = f.createFolder();
        folder.setId("f");
        register.getRootFolders().add(folder);
        // Many Steckbriefe so that strings also straddle the 64 KiB boundaries of the reader's buffer.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ProcessProfile profile = f.createProcessProfile();
            profile.setId("p" + i);
            profile.setKey("K-" + i);
            String text = SAMPLES.get(i % SAMPLES.size());
            profile.setName(text.length() > 1_000 && i > SAMPLES.size() ? "kurz " + i : text + " " + i);
            profile.setDescription(i % 7 == 0 ? null : "Beschreibung " + i + " – " + SAMPLES.get((i * 5) % 11));
            folder.getProfiles().add(profile);
            expected.add(profile.getName());
        }
        Path file = dir.resolve("zeichen.pwregb");
        RegisterStore.save(register, file);
        ProcessRegister loaded = RegisterStore.load(file);

        assertTrue(EcoreUtil.equals(register, loaded));
        List<ProcessProfile> profiles = loaded.getRootFolders().get(0).getProfiles();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), profiles.get(i).getName(), "Steckbrief " + i);
        }
        assertNull(profiles.get(0).getDescription());
        assertEquals("x".repeat(70_000) + " 11", profiles.get(11).getName());
        assertEquals(RegisterFormat.BINARY, RegisterFormat.forPath(file));
    }
}
