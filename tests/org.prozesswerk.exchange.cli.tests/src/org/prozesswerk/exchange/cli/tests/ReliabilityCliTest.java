package org.prozesswerk.exchange.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.tests.support.TestFiles;

/** Issue 18 through {@code prozesswerk export|import}: permissions, damaged input, terminal escapes. */
class ReliabilityCliTest {

    @TempDir
    Path folder;

    private final InProcessCli cli = new InProcessCli();

    private List<String> names() throws Exception {
        return TestFiles.names(folder);
    }

    @Test
    void exportsGetTheUsualModeAndOverwritingKeepsTheFilesMode() throws Exception {
        Path register = ExchangeFixtures.richFile(folder);
        Path reference = Files.createFile(folder.resolve("vergleich.txt"));
        for (String format : List.of("csv", "json", "html", "xprozess")) {
            Path target = folder.resolve("neu." + format);
            assertEquals(ExitCodes.OK, cli.run("export", register.toString(), "--format", format, "--out",
                    target.toString()), cli::err);
            assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target),
                    format + ": not the 0600 of temporary files");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
            assertEquals(ExitCodes.OK, cli.run("export", register.toString(), "--format", format, "--out",
                    target.toString()), cli::err);
            assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)), format);
        }
        assertTrue(names().stream().noneMatch(n -> n.endsWith(".tmp")), names().toString());
    }

    @Test
    void aStaleTemporaryOfAKilledExportIsRemovedByTheNextExport() throws Exception {
        Path register = ExchangeFixtures.richFile(folder);
        Path stale = Files.writeString(folder.resolve(".liste.csv.999999999-1.tmp"), "halb");
        assertEquals(ExitCodes.OK, cli.run("export", register.toString(), "--format", "csv", "--out",
                folder.resolve("liste.csv").toString()), cli::err);
        assertFalse(Files.exists(stale), names().toString());
    }

    @Test
    void aCsvCutInsideAQuotedFieldExitsTwoNamingTheRowAndWritesNothing() throws Exception {
        Path csv = folder.resolve("abgeschnitten.csv");
        Files.writeString(csv, "Name;Beschreibung\nHundesteuer;gut\nFundsache;\"angefangen", StandardCharsets.UTF_8);
        Path target = folder.resolve("ziel.pwreg");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", csv.toString(), "--format", "csv", "--out",
                target.toString()));
        assertTrue(cli.err().contains(csv + ":3"), cli.err());
        assertFalse(Files.exists(target), "no register was written");
    }

    @Test
    void controlCharactersFromTheDataNeverReachTheTerminal() throws Exception {
        Path csv = folder.resolve("escape.csv");
        Files.writeString(csv, "Name;Beschreibung\nTitel\u001b[31mrot\u0007;x\u0000y\nGut;ok\n",
                StandardCharsets.UTF_8);
        Path target = folder.resolve("ziel.pwreg");
        assertEquals(ExitCodes.FINDINGS, cli.run("import", csv.toString(), "--format", "csv", "--out",
                target.toString()), cli::err);
        String all = cli.out() + cli.err();
        assertFalse(all.contains("\u001b") || all.contains("\u0007") || all.contains("\u0000"), all);
        assertTrue(all.contains("\\u001B[31mrot\\u0007"), "shown escaped: " + all);
        assertTrue(all.contains("U+001B"), "the rejection names the character: " + all);
        assertEquals("Gut", RegisterStore.load(target).getUnfiledProfiles().get(0).getName(), "the clean row is kept");
    }
}
