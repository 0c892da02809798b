package org.prozesswerk.core.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.ProzesswerkCli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code generate} and {@code stats} run in-process on real files, as a user would call them. */
class CoreCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ProzesswerkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsTheContributedCommands() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out.toString().contains("generate"), out.toString());
        assertTrue(out.toString().contains("stats"), out.toString());
        assertEquals(ExitCodes.OK, run("generate", "--help"));
        assertTrue(out.toString().contains("--steckbriefe"), out.toString());
    }

    @Test
    void generateThenStatsAsJson() {
        Path file = dir.resolve("register.pwreg");
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "250", "--out", file.toString(), "--seed", "5"),
                err::toString);
        assertTrue(Files.isRegularFile(file));
        assertTrue(out.toString().contains("250"), out.toString());
        assertEquals("", err.toString());

        assertEquals(ExitCodes.OK, run("stats", file.toString(), "--format", "json"), err::toString);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
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
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "120", "--out", xmi.toString()), err::toString);
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "120", "--out", binary.toString()), err::toString);
        assertEquals(ExitCodes.OK, run("stats", xmi.toString(), "--format", "json"), err::toString);
        JsonObject fromXmi = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(ExitCodes.OK, run("stats", binary.toString(), "--format", "json"), err::toString);
        JsonObject fromBinary = JsonParser.parseString(out.toString()).getAsJsonObject();
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
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "80", "--out", a.toString(), "--seed", "9"));
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "80", "--out", b.toString(), "--seed", "9"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void statsAsText() {
        Path file = dir.resolve("register.pwregb");
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "60", "--out", file.toString()));
        assertEquals(ExitCodes.OK, run("stats", file.toString()), err::toString);
        assertTrue(out.toString().contains("60"), out.toString());
        assertTrue(out.toString().contains(file.toString()), "names the file and its load time: " + out);
    }

    @Test
    void malformedXmlExitsTwoNamingFileAndLine() throws Exception {
        Path file = dir.resolve("broken.pwreg");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <pw:ProcessRegister xmlns:pw="http://prozesswerk.org/register/1.0" id="r">
                  <rootFolders id="f1" name="Bauen">
                    <profiles id="p1" name="Baugenehmigung erteilen"
                  </rootFolders>
                </pw:ProcessRegister>
                """, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, run("stats", file.toString(), "--format", "json"));
        assertEquals("", out.toString());
        String message = err.toString();
        assertTrue(message.contains(file + ":5:"), "file:line in " + message);
        assertFalse(message.contains("\tat "), "no stack trace for input errors: " + message);
    }

    @Test
    void unknownElementExitsTwoWithItsLine() throws Exception {
        Path file = dir.resolve("unknown.pwreg");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <pw:ProcessRegister xmlns:pw="http://prozesswerk.org/register/1.0" id="r">
                  <rootFolders id="f1" name="Bauen"/>
                  <noSuchFeature/>
                </pw:ProcessRegister>
                """, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, run("stats", file.toString()));
        assertTrue(err.toString().contains(file + ":4"), err.toString());
    }

    @Test
    void missingFileAndBadArgumentsExitTwo() {
        Path missing = dir.resolve("missing.pwreg");
        assertEquals(ExitCodes.INPUT_ERROR, run("stats", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()), err.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run("stats", missing.toString(), "--format", "xml"));
        assertTrue(err.toString().contains("xml"), err.toString());

        Path wrongExtension = dir.resolve("register.txt");
        assertEquals(ExitCodes.INPUT_ERROR, run("generate", "--steckbriefe", "5", "--out", wrongExtension.toString()));
        assertTrue(err.toString().contains(wrongExtension.toString()), err.toString());
        assertFalse(Files.exists(wrongExtension));

        assertEquals(ExitCodes.INPUT_ERROR, run("generate", "--steckbriefe", "-1", "--out",
                dir.resolve("x.pwreg").toString()));
        assertEquals(ExitCodes.INPUT_ERROR, run("generate", "--out", dir.resolve("x.pwreg").toString()));
        assertTrue(err.toString().contains("--steckbriefe"), err.toString());

        Path noDirectory = dir.resolve("no/such/dir/x.pwreg");
        assertEquals(ExitCodes.INPUT_ERROR, run("generate", "--steckbriefe", "5", "--out", noDirectory.toString()));
        assertTrue(err.toString().contains(noDirectory.toString()), err.toString());
    }

    @Test
    void absurdSizesAreAnInputErrorNamingTheMaximum() {
        Path file = dir.resolve("riesig.pwregb");
        int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run("generate", "--steckbriefe", "2000000000", "--out", file.toString()));
        assertEquals(ExitCodes.INPUT_ERROR, code);
        assertTrue(err.toString().contains("2000000000") && err.toString().contains("1000000"), err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void aDamagedBinaryRegisterExitsTwoNamingFileAndByte() throws Exception {
        Path file = dir.resolve("kaputt.pwregb");
        assertEquals(ExitCodes.OK, run("generate", "--steckbriefe", "50", "--out", file.toString()), err::toString);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut off, as by a full disk
        assertEquals(ExitCodes.INPUT_ERROR, run("stats", file.toString()));
        String message = err.toString();
        assertTrue(message.contains(file.toString()) && message.contains(Integer.toString(bytes.length / 2)), message);
        assertFalse(message.contains("Cannot invoke") || message.contains("out of bounds") || message.contains("\tat "),
                message);
        assertEquals(1, message.strip().lines().count(), message);
    }
}
