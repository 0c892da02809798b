package org.prozesswerk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.ProzesswerkCli;

/** The command line as a user meets it: help, version, and the exit codes of bad calls. */
class ProzesswerkCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ProzesswerkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsContributedSubcommandsAndExitsZero() {
        assertEquals(ExitCodes.OK, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("prozesswerk"), help);
        assertTrue(help.contains("version"), "the version subcommand comes through the extension point: " + help);
        assertEquals("", err.toString());
    }

    @Test
    void versionNamesProductAndJava() {
        assertEquals(ExitCodes.OK, run("version"));
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[0].matches("Prozesswerk \\d+\\.\\d+\\.\\d+.*"), lines[0]);
        assertTrue(lines[1].startsWith("Java " + Runtime.version().feature()), lines[1]);
    }

    @Test
    void onlyTheContributionOfTheSubcommandThatRunsIsCreated() {
        int before = CountCommand.CREATED.get();
        assertEquals(ExitCodes.OK, run("version"));
        assertEquals(before, CountCommand.CREATED.get(), "version must not create other subcommands");
        assertEquals(ExitCodes.OK, run("zaehlen", "register.pwreg"));
        assertEquals(before + 1, CountCommand.CREATED.get());
        assertEquals(ExitCodes.OK, run("--help"));
        assertEquals(before + 2, CountCommand.CREATED.get(), "help lists every subcommand");
        assertTrue(out.toString().contains("zaehlen"), out.toString());
    }

    @Test
    void unknownSubcommandPrintsUsageOnStderrAndExitsTwo() {
        assertEquals(ExitCodes.INPUT_ERROR, run("frobnicate"));
        assertEquals("", out.toString());
        String message = err.toString();
        assertTrue(message.contains("frobnicate"), message);
        assertTrue(message.contains("version"), "usage lists the subcommands: " + message);
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, run());
        assertTrue(err.toString().contains("version"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, run("version", "--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }
}
