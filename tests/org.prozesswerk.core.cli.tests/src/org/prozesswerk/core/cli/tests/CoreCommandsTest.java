package org.prozesswerk.core.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code generate} and {@code stats} run in-process on real files, as a user would call them. */
class CoreCommandsTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    @Test
    void helpListsTheContributedCommands() {
        assertEquals(ExitCodes.OK, cli.run("--help"));
        assertTrue(cli.out().contains("generate"), cli.out());
        assertTrue(cli.out().contains("stats"), cli.out());
        assertEquals(ExitCodes.OK, cli.run("generate", "--help"));
        assertTrue(cli.out().contains("--steckbriefe"), cli.out());
    }

    @Test
    void generateThenStatsAsJson() {
        Path file = dir.resolve("register.pwreg");
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "250", "--out", file.toString(), "--seed", "5"),
                cli::err);
        assertTrue(Files.isRegularFile(file));
        assertTrue(cli.out().contains("250"), cli.out());
        assertEquals("", cli.err());

        assertEquals(ExitCodes.OK, cli.run("stats", file.toString(), "--format", "json"), cli::err);
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(250, json.get("steckbriefe").getAsInt());
        assertEquals(250, json.get("profiles").getAsInt());
        assertTrue(json.get("loadMillis").getAsLong() >= 0);
        assertEquals("pwreg", json.get("format").getAsString());
        assertEquals(file.toString(), json.get("file").getAsString());
        int perStatus = json.getAsJsonObject("perStatus").entrySet().stream()
                .mapToInt(e -> e.getValue().getAsInt()).sum();
        assertEquals(250, perStatus);
    }

    @Test
    void binaryAndXmiGiveTheSameFigures() {
        Path xmi = dir.resolve("r.pwreg");
        Path binary = dir.resolve("r.pwregb");
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "120", "--out", xmi.toString()), cli::err);
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "120", "--out", binary.toString()), cli::err);
        assertEquals(ExitCodes.OK, cli.run("stats", xmi.toString(), "--format", "json"), cli::err);
        JsonObject fromXmi = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(ExitCodes.OK, cli.run("stats", binary.toString(), "--format", "json"), cli::err);
        JsonObject fromBinary = JsonParser.parseString(cli.out()).getAsJsonObject();
        for (String key : new String[] { "file", "format", "loadMillis" }) {
            fromXmi.remove(key);
            fromBinary.remove(key);
        }
        assertEquals(fromXmi, fromBinary);
    }

    @Test
    void sameSeedWritesIdenticalFiles() throws Exception {
        Path a = dir.resolve("a.pwreg");
        Path b = dir.resolve("b.pwreg");
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "80", "--out", a.toString(), "--seed", "9"));
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "80", "--out", b.toString(), "--seed", "9"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void statsAsText() {
        Path file = dir.resolve("register.pwregb");
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "60", "--out", file.toString()));
        assertEquals(ExitCodes.OK, cli.run("stats", file.toString()), cli::err);
        assertTrue(cli.out().contains("60"), cli.out());
        assertTrue(cli.out().contains(file.toString()), "names the file and its load time: " + cli.out());
    }

    /** A register file {@code name}: XML declaration, the root element (line 2) holding {@code body}, its end. */
    private Path registerFile(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <pw:ProcessRegister xmlns:pw="http://prozesswerk.org/register/1.0" id="r">
                """ + body + "</pw:ProcessRegister>\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void malformedXmlExitsTwoNamingFileAndLine() throws Exception {
        Path file = registerFile("broken.pwreg", """
                  <rootFolders id="f1" name="Bauen">
                    <profiles id="p1" name="Baugenehmigung erteilen"
                  </rootFolders>
                """);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("stats", file.toString(), "--format", "json"));
        assertEquals("", cli.out());
        String message = cli.err();
        assertTrue(message.contains(file + ":5:"), "file:line in " + message);
        assertFalse(message.contains("\tat "), "no stack trace for input errors: " + message);
    }

    @Test
    void unknownElementExitsTwoWithItsLine() throws Exception {
        Path file = registerFile("unknown.pwreg", """
                  <rootFolders id="f1" name="Bauen"/>
                  <noSuchFeature/>
                """);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("stats", file.toString()));
        assertTrue(cli.err().contains(file + ":4"), cli.err());
    }

    @Test
    void missingFileAndBadArgumentsExitTwo() {
        Path missing = dir.resolve("missing.pwreg");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("stats", missing.toString()));
        assertTrue(cli.err().contains(missing.toString()), cli.err());

        assertEquals(ExitCodes.INPUT_ERROR, cli.run("stats", missing.toString(), "--format", "xml"));
        assertTrue(cli.err().contains("xml"), cli.err());

        Path wrongExtension = dir.resolve("register.txt");
        assertEquals(ExitCodes.INPUT_ERROR,
                cli.run("generate", "--steckbriefe", "5", "--out", wrongExtension.toString()));
        assertTrue(cli.err().contains(wrongExtension.toString()), cli.err());
        assertFalse(Files.exists(wrongExtension));

        assertEquals(ExitCodes.INPUT_ERROR, cli.run("generate", "--steckbriefe", "-1", "--out",
                dir.resolve("x.pwreg").toString()));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("generate", "--out", dir.resolve("x.pwreg").toString()));
        assertTrue(cli.err().contains("--steckbriefe"), cli.err());

        Path noDirectory = dir.resolve("no/such/dir/x.pwreg");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("generate", "--steckbriefe", "5", "--out", noDirectory.toString()));
        assertTrue(cli.err().contains(noDirectory.toString()), cli.err());
    }

    @Test
    void absurdSizesAreAnInputErrorNamingTheMaximum() {
        Path file = dir.resolve("riesig.pwregb");
        int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> cli.run("generate", "--steckbriefe", "2000000000", "--out", file.toString()));
        assertEquals(ExitCodes.INPUT_ERROR, code);
        assertTrue(cli.err().contains("2000000000") && cli.err().contains("1000000"), cli.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aDamagedBinaryRegisterExitsTwoNamingFileAndByte() throws Exception {
        Path file = dir.resolve("kaputt.pwregb");
        assertEquals(ExitCodes.OK, cli.run("generate", "--steckbriefe", "50", "--out", file.toString()), cli::err);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut off, as by a full disk
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("stats", file.toString()));
        String message = cli.err();
        assertTrue(message.contains(file.toString()) && message.contains(Integer.toString(bytes.length / 2)), message);
        assertFalse(message.contains("Cannot invoke") || message.contains("out of bounds") || message.contains("\tat "),
                message);
        assertEquals(1, message.strip().lines().count(), message);
    }
}
