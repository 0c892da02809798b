package org.prozesswerk.muster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.muster.MusterFigures;

/** {@code demo}, {@code derive} and {@code stats} in-process on real files. */
class MusterCommandsTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    @Test
    void demoWritesTheRegisterAndStatsShowsItsCoverage() throws Exception {
        Path file = dir.resolve("muster.pwreg");
        assertEquals(ExitCodes.OK, cli.run("demo", "--out", file.toString()), cli::err);
        assertEquals("", cli.err());
        System.out.println("demo output:\n" + cli.out());
        MusterFigures figures = Fixture.GK6.figures();
        assertTrue(cli.out().contains(Integer.toString(figures.steckbriefe())), cli.out());
        ProcessRegister written = RegisterStore.load(file);
        assertEquals(figures.steckbriefe(), Fixture.profiles(written).size());

        assertEquals(ExitCodes.OK, cli.run("stats", file.toString()), cli::err);
        // "leika: 562 von 562 (100 %)" in German, "... of ..." in English.
        Matcher leika = Pattern.compile("leika: (\\d+) (?:von|of) (\\d+)").matcher(cli.out());
        assertTrue(leika.find(), cli.out());
        assertEquals(figures.linkedLeika(), Integer.parseInt(leika.group(1)));
        assertEquals(figures.steckbriefe(), Integer.parseInt(leika.group(2)));
        Matcher ozg = Pattern.compile("ozg: (\\d+) (?:von|of) (\\d+)").matcher(cli.out());
        assertTrue(ozg.find(), cli.out());
        assertEquals(figures.linkedOzg(), Integer.parseInt(ozg.group(1)));
    }

    @Test
    void demoForGk7AndDeriveWithADroppedUnit() throws Exception {
        Path muster = dir.resolve("muster6.pwreg");
        Path derived = dir.resolve("beispiel.pwreg");
        assertEquals(ExitCodes.OK, cli.run("demo", "--out", muster.toString(), "--gk", "6"), cli::err);
        assertEquals(ExitCodes.OK, cli.run("derive", "--from", muster.toString(), "--gk", "7", "--drop", "37", "45",
                "--out", derived.toString(), "--name", "Gemeinde Beispiel"), cli::err);
        String report = cli.out();
        System.out.println("derive output:\n" + report);
        assertTrue(report.contains("37 Feuerwehr"), report);
        assertTrue(report.contains("45 Museum"), report);
        int total = Fixture.GK6.figures().steckbriefe();
        assertTrue(report.contains(total + " von " + total) || report.contains(total + " of " + total), report);
        ProcessRegister loaded = RegisterStore.load(derived);
        assertEquals("Gemeinde Beispiel", loaded.getName());
        assertEquals(total, Fixture.profiles(loaded).size());

        Path small = dir.resolve("muster7.pwregb");
        assertEquals(ExitCodes.OK, cli.run("demo", "--out", small.toString(), "--gk", "7"), cli::err);
        assertEquals(total, Fixture.profiles(RegisterStore.load(small)).size());
    }

    @Test
    void inputErrorsExitWithTwo() throws Exception {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("demo", "--out", dir.resolve("x.pwreg").toString(), "--gk", "9"));
        assertTrue(cli.err().contains("9"), cli.err());
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("demo", "--out", dir.resolve("x.txt").toString()));
        assertFalse(Files.exists(dir.resolve("x.txt")));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("demo"));

        Path missing = dir.resolve("fehlt.pwreg");
        Path out1 = dir.resolve("out.pwreg");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("derive", "--from", missing.toString(), "--gk", "7", "--out",
                out1.toString()));
        assertTrue(cli.err().contains(missing.toString()), cli.err());

        Path broken = dir.resolve("kaputt.pwreg");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<pw:ProcessRegister xmlns:pw=\"http://prozesswerk.org/register/1.0\"\n"
                + "  name=\"x\">\n  <rootFolders name=\"a\">\n</pw:ProcessRegister>\n");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("derive", "--from", broken.toString(), "--gk", "7", "--out",
                out1.toString()));
        assertTrue(Pattern.compile(Pattern.quote(broken.toString()) + ":\\d+").matcher(cli.err()).find(),
                "file and line: " + cli.err());
        assertFalse(Files.exists(out1));

        Path muster = dir.resolve("m.pwreg");
        assertEquals(ExitCodes.OK, cli.run("demo", "--out", muster.toString()), cli::err);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("derive", "--from", muster.toString(), "--gk", "7", "--drop", "10",
                "--out", out1.toString()));
        assertTrue(cli.err().contains("10"), cli.err());
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("derive", "--from", muster.toString(), "--gk", "7", "--drop", "99",
                "--out", out1.toString()));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("derive", "--from", muster.toString(), "--gk", "0", "--out",
                out1.toString()));
        assertFalse(Files.exists(out1));
    }
}
