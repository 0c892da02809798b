package org.prozesswerk.exchange.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.InProcessCli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code prozesswerk import IN --into REGISTER} in-process: re-imports merged, with update's exit codes (issue 16). */
class ImportIntoCliTest {

    @TempDir
    Path folder;

    private final InProcessCli cli = new InProcessCli();

    @Test
    void theRealMessageTwiceIsOneSteckbriefThenAConflictExitsOne() throws Exception {
        Path message = ExchangeFixtures.realXProzessMessage(folder);
        String original = Files.readString(message, StandardCharsets.UTF_8);
        Path register = folder.resolve("fim.pwreg");
        assertEquals(ExitCodes.OK, cli.run("import", message.toString(), "--format", "xprozess", "--out",
                register.toString()), cli.err());

        ProcessRegister local = RegisterStore.load(register);
        Steckbriefe.all(local).get(0).setProcessOwner("Frau Lokal");
        RegisterStore.save(local, register);
        Files.writeString(message, original.replace(ExchangeFixtures.REAL_NAME, ExchangeFixtures.REAL_NAME + " (neu)"),
                StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, cli.run("import", message.toString(), "--format", "xprozess", "--into",
                register.toString(), "--report", "json"), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(report.get("threeWay").getAsBoolean(), cli.out());
        assertEquals(1, report.get("matched").getAsInt());
        assertEquals(0, report.get("conflicts").getAsInt());
        assertEquals(register.toString(), report.get("written").getAsString());
        List<ProcessProfile> all = Steckbriefe.all(RegisterStore.load(register));
        assertEquals(1, all.size(), "updated, not copied");
        assertEquals(ExchangeFixtures.REAL_NAME + " (neu)", all.get(0).getName());
        assertEquals("Frau Lokal", all.get(0).getProcessOwner());

        // local and file change the name: exit 1, nothing written
        local = RegisterStore.load(register);
        Steckbriefe.all(local).get(0).setName("Lokaler Name");
        RegisterStore.save(local, register);
        byte[] before = Files.readAllBytes(register);
        Files.writeString(message, original.replace(ExchangeFixtures.REAL_NAME, "Name aus der Datei"),
                StandardCharsets.UTF_8);
        assertEquals(ExitCodes.FINDINGS, cli.run("import", message.toString(), "--format", "xprozess", "--into",
                register.toString()), cli.err());
        assertTrue(cli.out().contains("SAME_FIELD") && cli.out().contains("Lokaler Name")
                && cli.out().contains("Name aus der Datei"), cli.out());
        assertTrue(cli.out().contains("Nichts geschrieben"), cli.out());
        assertArrayEquals(before, Files.readAllBytes(register));

        // keep the file's side, written to another file
        Path merged = folder.resolve("merged.pwreg");
        assertEquals(ExitCodes.FINDINGS, cli.run("import", message.toString(), "--format", "xprozess", "--into",
                register.toString(), "--out", merged.toString(), "--keep-conflicts", "theirs"), cli.err());
        assertEquals("Name aus der Datei", Steckbriefe.all(RegisterStore.load(merged)).get(0).getName());
        assertArrayEquals(before, Files.readAllBytes(register), "--out: the --into register stays as it was");
    }

    /** The same file imported twice with --out: the existing register is updated, the Steckbrief not copied. */
    @Test
    void outIntoAnExistingRegisterUpdatesInsteadOfCopying() throws Exception {
        Path message = ExchangeFixtures.realXProzessMessage(folder);
        Path register = folder.resolve("zweimal.pwreg");
        for (int round = 0; round < 2; round++) {
            assertEquals(ExitCodes.OK, cli.run("import", message.toString(), "--format", "xprozess", "--out",
                    register.toString()), cli.err());
        }
        assertEquals(1, Steckbriefe.all(RegisterStore.load(register)).size(), "updated, not copied: " + cli.out());
    }

    @Test
    void badInputExitsTwoAndLeavesTheRegisterUntouched() throws Exception {
        Path register = ExchangeFixtures.richFile(folder);
        byte[] before = Files.readAllBytes(register);
        Path list = folder.resolve("liste.csv");
        Files.writeString(list, "Name;Schlüssel\n\"offen;PW-1\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", list.toString(), "--format", "csv", "--into",
                register.toString()));
        assertTrue(cli.err().contains("liste.csv"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(register));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", list.toString(), "--format", "csv", "--into",
                folder.resolve("fehlt.pwreg").toString()));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", list.toString(), "--format", "csv"));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", list.toString(), "--format", "csv", "--out",
                folder.resolve("neu.pwreg").toString(), "--keep-conflicts", "ours"));
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".import-")), "no staging left");
        }
    }
}
