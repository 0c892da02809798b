package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * A register of an older version that holds control characters (the CSV import took them before it refused them,
 * and the binary format keeps them): it loads, each affected text is found, and it can be saved as {@code .pwreg}
 * without losing them (XML 1.1 character references); registers without them stay XML 1.0, byte for byte as before.
 */
class ControlCharactersTest {

    @TempDir
    Path dir;

    private static ProcessRegister oldRegister() {
        ProcessRegister register = TestRegisters.small("Altes Register");
        ProcessProfile profile = register.getUnfiledProfiles().get(0);
        profile.setKey("ALT-1");
        profile.setName("Titel\u001b]0;x\u0007 aus CSV");
        profile.setDescription("Zeile\u0001mit SOH");
        profile.getTags().add("gut");
        profile.getTags().add("schlecht\u0002");
        return register;
    }

    @Test
    void anOldBinaryRegisterWithControlCharactersLoadsAndSavesAsXmiWithoutLoss() throws Exception {
        Path old = dir.resolve("alt.pwregb");
        RegisterStore.save(oldRegister(), old);
        ProcessRegister loaded = RegisterStore.load(old);

        List<ControlCharacters.Occurrence> found = ControlCharacters.find(loaded);
        assertEquals(List.of("ProcessProfile ALT-1 name U+001B", "ProcessProfile ALT-1 description U+0001",
                "ProcessProfile ALT-1 tags U+0002"),
                found.stream().map(o -> o.where() + " " + o.feature() + " " + o.code()).toList());

        // before the fix: EMF's "An invalid XML character (Unicode: 0x1b) was found", nothing saved
        Path xmi = dir.resolve("alt.pwreg");
        RegisterStore.save(loaded, xmi);
        String text = Files.readString(xmi, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.1\""), text.substring(0, 60));
        assertTrue(text.contains("&#x1b;") || text.contains("&#x1B;"), text);

        ProcessRegister again = RegisterStore.load(xmi);
        assertTrue(EcoreUtil.equals(loaded, again), "the control characters survive .pwregb -> .pwreg -> load");
        assertEquals(3, ControlCharacters.find(again).size());
    }

    @Test
    void aRegisterWithoutControlCharactersStaysXml10() {
        byte[] bytes = RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.XMI);
        assertTrue(new String(bytes, 0, 40, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\""));
        assertEquals(List.of(), ControlCharacters.find(TestRegisters.rich()));
    }

    @Test
    void replaceKeepsTheRestOfTheText() {
        assertEquals("a\uFFFDb\tc\n", ControlCharacters.replace("a\u0001b\tc\n"));
        String clean = "sauber";
        assertTrue(clean == ControlCharacters.replace(clean));
    }
}
