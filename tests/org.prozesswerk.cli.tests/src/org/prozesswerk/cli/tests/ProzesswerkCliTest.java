package org.prozesswerk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;

/** The command line as a user meets it: help, version, and the exit codes of bad calls. */
class ProzesswerkCliTest {

    private final InProcessCli cli = new InProcessCli();

    @Test
    void helpListsContributedSubcommandsAndExitsZero() {
        assertEquals(ExitCodes.OK, cli.run("--help"));
        String help = cli.out();
        assertTrue(help.contains("prozesswerk"), help);
        assertTrue(help.contains("version"), "the version subcommand comes through the extension point: " + help);
        assertEquals("", cli.err());
    }

    @Test
    void versionNamesProductAndJava() {
        assertEquals(ExitCodes.OK, cli.run("version"));
        String[] lines = cli.out().split("\\R");
        assertTrue(lines[0].matches("Prozesswerk \\d+\\.\\d+\\.\\d+.*"), lines[0]);
        assertTrue(lines[1].startsWith("Java " + Runtime.version().feature()), lines[1]);
    }

    @Test
    void onlyTheContributionOfTheSubcommandThatRunsIsCreated() {
        int before = CountCommand.CREATED.get();
        assertEquals(ExitCodes.OK, cli.run("version"));
        assertEquals(before, CountCommand.CREATED.get(), "version must not create other subcommands");
        assertEquals(ExitCodes.OK, cli.run("zaehlen", "register.pwreg"));
        assertEquals(before + 1, CountCommand.CREATED.get());
        assertEquals(ExitCodes.OK, cli.run("--help"));
        assertEquals(before + 2, CountCommand.CREATED.get(), "help lists every subcommand");
        assertTrue(cli.out().contains("zaehlen"), cli.out());
    }

    @Test
    void unknownSubcommandPrintsUsageOnStderrAndExitsTwo() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("frobnicate"));
        assertEquals("", cli.out());
        String message = cli.err();
        assertTrue(message.contains("frobnicate"), message);
        assertTrue(message.contains("version"), "usage lists the subcommands: " + message);
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run());
        assertTrue(cli.err().contains("version"), cli.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("version", "--no-such-option"));
        assertTrue(cli.err().contains("--no-such-option"), cli.err());
    }
}
